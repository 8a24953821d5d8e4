import { printSchema } from 'graphql';
import { IncreaseBalanceOutcome } from '../../../src/application/change-balance.use-case';
import { buildWalletSchema } from '../../../src/graphql/schema';
import { InsufficientBalanceType, VersionConflictType, WalletNotFoundType } from '../../../src/graphql/types/domain-errors.types';
import { UnionMembers } from '../../../src/graphql/types/results.union';
import { BalanceIncreasedType } from '../../../src/graphql/types/wallet-events.types';

/**
 * A union is its use case's list of outcomes. These lines are checked by the compiler (ts-jest type-checks
 * tests): each `@ts-expect-error` fails the run if the mistake below it ever compiles.
 */
describe("each mutation union is tied to its use case's outcomes", () => {
  it('does not compile with a member missing or one too many', () => {
    // @ts-expect-error CURRENCY_MISMATCH, INVALID_AMOUNT and IDEMPOTENCY_KEY_REUSED are outcomes of increaseBalance
    const missing: UnionMembers<IncreaseBalanceOutcome> = {
      BALANCE_INCREASED: BalanceIncreasedType,
      VERSION_CONFLICT: VersionConflictType,
      WALLET_NOT_FOUND: WalletNotFoundType,
    };
    const extra: UnionMembers<IncreaseBalanceOutcome> = {
      BALANCE_INCREASED: BalanceIncreasedType,
      VERSION_CONFLICT: VersionConflictType,
      WALLET_NOT_FOUND: WalletNotFoundType,
      CURRENCY_MISMATCH: VersionConflictType,
      INVALID_AMOUNT: VersionConflictType,
      IDEMPOTENCY_KEY_REUSED: VersionConflictType,
      // @ts-expect-error an increase is never refused for the balance
      INSUFFICIENT_BALANCE: InsufficientBalanceType,
    };
    expect([missing, extra]).toHaveLength(2);
  });

  it("gives each union exactly its use case's members", async () => {
    const sdl = printSchema(await buildWalletSchema());
    expect(sdl).toContain(
      'union IncreaseBalanceResult = BalanceIncreased | VersionConflict | WalletNotFound | CurrencyMismatch | InvalidAmount | IdempotencyKeyReused',
    );
    expect(sdl).toContain('union CreateWalletResult = WalletCreated | IdempotencyKeyReused');
  });
});
