import { Caller, mayAccess } from '../domain/caller';
import { LedgerEntry } from '../domain/ledger-entry';
import { Wallet } from '../domain/wallet';
import { HistoryPage, WalletsPage } from '../domain/wallet-repository.port';
import { NOT_PERMITTED, NotPermitted } from './create-wallet.use-case';
import { UseCaseDeps } from './use-case-deps';

/** Undefined both for an unknown id and for a wallet of someone else. */
export function getWallet(deps: UseCaseDeps, caller: Caller, walletId: string): Promise<Wallet | undefined> {
  return deps.states.findVisible(caller, walletId);
}

/** The ledger of a wallet the caller was shown (the GraphQL field hangs off such a wallet). */
export function history(
  deps: UseCaseDeps,
  caller: Caller,
  wallet: Pick<Wallet, 'id' | 'ownerId'>,
  page: HistoryPage,
): Promise<LedgerEntry[]> {
  return mayAccess(caller, wallet) ? deps.repository.history(wallet.id, page) : Promise.resolve([]);
}

/** The caller's wallets (an operator may name any owner), newest first. */
export function walletsOf(deps: UseCaseDeps, caller: Caller, ownerId: string, page: WalletsPage): Promise<Wallet[] | NotPermitted> {
  if (!mayAccess(caller, { ownerId })) return Promise.resolve(NOT_PERMITTED);
  return deps.repository.walletsOf(ownerId, page);
}
