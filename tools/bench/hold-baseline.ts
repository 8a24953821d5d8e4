import { randomBytes, randomUUID } from 'node:crypto';
import { Currency } from '../../src/domain/currency';
import { newHoldId } from '../../src/domain/hold-id';
import { EntryContext, increaseBalance, Wallet, WalletChange } from '../../src/domain/wallet';
import { captureHold, placeHold } from '../../src/domain/wallet-holds';
import { commitRequest } from '../../src/infrastructure/dynamodb/wallet-requests';
import { ItemClient } from '../../src/infrastructure/dynamodb/item-client';
import { AMOUNT } from './baseline';
import { LoadClient } from './closed-loop';

/** Enough for every pair a run can make: 1,000,000.00. */
export const HOLD_FUNDING = { currency: Currency.GBP, minor: 100_000_000n };
/** Long enough that no hold of a run expires before its capture. */
export const HOLD_EXPIRY_SECONDS = 600;

/**
 * The raw-SDK baseline of a hold + capture pair: the two TransactWriteItems the service writes (place:
 * wallet update, HOLD_PLACED entry, hold record; capture: wallet update, HOLD_CAPTURED entry, hold record
 * guarded by status and expiry), built by the repository's own request builder from the domain's own
 * changes, so they are the service's requests byte for byte. No GraphQL, no HTTP, no idempotency key.
 * One client per wallet (own wallets only): a lost race is a broken run here, not a retry.
 */
export class HoldBaseline {
  constructor(
    private readonly items: ItemClient,
    private readonly tableName: string,
  ) {}

  async fund(wallet: Wallet): Promise<Wallet> {
    const funded = increaseBalance(wallet, HOLD_FUNDING, context());
    if (!funded.ok) throw new Error(`The baseline wallet refused its funding: ${funded.error.code}`);
    return this.commit(funded.change);
  }

  client(funded: Wallet): LoadClient {
    let known = funded;
    return {
      step: async () => {
        const now = context();
        const holdId = newHoldId(known.id, new Date(now.now), randomBytes(6).toString('hex'));
        const expiresAt = new Date(Date.parse(now.now) + HOLD_EXPIRY_SECONDS * 1000).toISOString();
        const placed = placeHold(known, { holdId, amount: AMOUNT, expiresAt }, now);
        if (!placed.ok) throw new Error(`The baseline refused a hold: ${placed.error.code}`);
        const held = await this.commit(placed.change);
        const captured = captureHold(held, holdId, undefined, context());
        if (!captured.ok) throw new Error(`The baseline refused a capture: ${captured.error.code}`);
        known = await this.commit(captured.change);
        return 'success';
      },
    };
  }

  private async commit(change: WalletChange): Promise<Wallet> {
    await this.items.transactWrite(commitRequest(this.tableName, [change]).input);
    return change.after;
  }
}

function context(): EntryContext {
  return { entryId: randomUUID(), actor: 'alice', now: new Date().toISOString() };
}
