import { setTimeout as sleep } from 'node:timers/promises';
import { FinalWallet } from './final-wallet';
import { readSqliteState } from './sqlite-state';
import { readTableState, TableLocation } from './table-state';

/** Where the wallets are: a local DynamoDB table, or the SQLite file of `WALLET_STORE=sqlite`. */
export type StoreLocation = TableLocation | { readonly sqliteFile: string };

/** The final state straight from the store, whichever it is. */
function readStoreState(location: StoreLocation): Promise<FinalWallet[]> {
  return 'sqliteFile' in location ? Promise.resolve(readSqliteState(location.sqliteFile)) : readTableState(location);
}

const MAX_SNAPSHOTS = 5;

/**
 * The state of every wallet after the run, read from the table itself (see readTableState). Nothing
 * should be writing by now; to be sure, the table is read twice and the read repeats until two
 * reads agree. A read that fails (the store just came back from a fault) is retried, bounded.
 */
export async function readFinalState(table: StoreLocation): Promise<FinalWallet[]> {
  let previous = await readWithRetry(table);
  for (let snapshot = 2; snapshot <= MAX_SNAPSHOTS; snapshot++) {
    const current = await readWithRetry(table);
    if (fingerprint(current) === fingerprint(previous)) return current;
    previous = current;
  }
  throw new Error(`The wallets kept changing after the run: no quiet snapshot in ${MAX_SNAPSHOTS} reads`);
}

async function readWithRetry(table: StoreLocation): Promise<FinalWallet[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readStoreState(table);
    } catch (error) {
      if (attempt >= 20) throw new Error(`Could not read the final state (${JSON.stringify(table)}): ${(error as Error).message}`);
      await sleep(250 * attempt);
    }
  }
}

const fingerprint = (wallets: readonly FinalWallet[]) =>
  wallets
    .map((wallet) => `${wallet.walletId}:${wallet.version}:${wallet.entries.length}`)
    .sort()
    .join(',');
