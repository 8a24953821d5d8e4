import { Currency } from '../../src/domain/currency';
import { Wallet } from '../../src/domain/wallet';

/** alice's GBP wallet at `version`, its balance as many pence, nothing held or paid out: unit tests' fixture. */
export function walletAt(version: number, id = 'w'): Wallet {
  return {
    id,
    ownerId: 'alice',
    currency: Currency.GBP,
    balance: BigInt(version),
    pendingHolds: [],
    version,
    inTotal: BigInt(version),
    outTotal: 0n,
    createdAt: 't',
    updatedAt: 't',
  };
}
