import { Answer, WalletState } from './op-log';

/**
 * What one client believes about the wallets: the newest state any answer showed it. Its versions
 * become the expectedVersion of the client's next changes; a stale belief costs a VersionConflict,
 * whose answer carries the wallet as it is now, and the belief is corrected from it.
 */
export class WalletView {
  private readonly states = new Map<string, WalletState>();

  constructor(initial: readonly WalletState[]) {
    for (const state of initial) this.states.set(state.walletId, state);
  }

  get(walletId: string): WalletState {
    const state = this.states.get(walletId);
    if (!state) throw new Error(`Unknown wallet ${walletId}`);
    return state;
  }

  learn(answer: Answer): void {
    const shown = answer.kind === 'success' ? answer.wallets : answer.kind === 'error' && answer.wallet ? [answer.wallet] : [];
    for (const state of shown) {
      const known = this.states.get(state.walletId);
      // A replayed success shows the wallet as it was then: never let it move a belief backwards.
      if (!known || state.version > known.version) this.states.set(state.walletId, state);
    }
  }
}
