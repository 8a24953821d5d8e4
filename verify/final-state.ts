import { toMinor } from './decimal';
import { walletState } from './decode';
import { LEDGER_PAGE } from './documents';
import { GraphQLClient } from './graphql-client';
import { integer, list, object, optionalText, text } from './json-shape';
import { WalletState } from './op-log';

export interface LedgerLine {
  readonly walletId: string;
  readonly type: string;
  readonly version: number;
  /** Unsigned, as the API gives it; `type` says the direction. */
  readonly amount: bigint;
  readonly balanceAfter: bigint;
  readonly idempotencyKey?: string;
  readonly transferId?: string;
  readonly counterpartyWalletId?: string;
}

export interface FinalWallet extends WalletState {
  /** Every entry, oldest first. */
  readonly entries: readonly LedgerLine[];
}

const MAX_PAGES = 10_000;
const MAX_SNAPSHOTS = 5;

/**
 * The state of every wallet after the run, through the API (wallet(id) is a strongly consistent
 * read; its history is paged 100 at a time). Nothing should be writing by now; to be sure, the
 * versions are read again after all ledgers, and the whole read repeats if any wallet moved.
 */
export async function readFinalState(client: GraphQLClient, walletIds: readonly string[], pageSize = 100): Promise<FinalWallet[]> {
  const reader: PageReader = { client, pageSize };
  for (let snapshot = 1; snapshot <= MAX_SNAPSHOTS; snapshot++) {
    const wallets: FinalWallet[] = [];
    for (const walletId of walletIds) wallets.push(await readWallet(reader, walletId));
    const again = await Promise.all(walletIds.map(async (walletId) => (await page(reader, walletId, undefined)).wallet.version));
    if (again.every((version, index) => version === wallets[index].version)) return wallets;
  }
  throw new Error(`The wallets kept changing after the run: no quiet snapshot in ${MAX_SNAPSHOTS} reads`);
}

interface PageReader {
  readonly client: GraphQLClient;
  readonly pageSize: number;
}

async function readWallet(reader: PageReader, walletId: string): Promise<FinalWallet> {
  const first = await page(reader, walletId, undefined);
  const entries = [...first.entries];
  let { hasNextPage, endCursor } = first;
  for (let pages = 1; hasNextPage; pages++) {
    if (pages >= MAX_PAGES || endCursor === undefined) throw new Error(`Paging the ledger of ${walletId} did not end`);
    const next = await page(reader, walletId, endCursor);
    entries.push(...next.entries);
    ({ hasNextPage, endCursor } = next);
  }
  return { ...first.wallet, entries: entries.reverse() };
}

/** One page; a failure is retried (bounded), since the store may just have come back from a fault. */
async function page({ client, pageSize }: PageReader, walletId: string, after: string | undefined) {
  for (let attempt = 1; ; attempt++) {
    const result = await client.post(LEDGER_PAGE, { id: walletId, first: pageSize, after }, 10_000);
    try {
      if (result.kind === 'body') return decodePage(result.body);
      throw new Error(result.reason);
    } catch (error) {
      if (attempt >= 20) throw new Error(`Could not read wallet ${walletId}: ${(error as Error).message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}

function decodePage(body: unknown) {
  const data = object(object(body, 'body').data, `data (body ${JSON.stringify(body).slice(0, 300)})`);
  const wallet = object(data.wallet, 'wallet');
  const history = object(wallet.history, 'history');
  const pageInfo = object(history.pageInfo, 'pageInfo');
  const entries = list(history.edges, 'edges').map((edge) => ledgerLine(object(edge, 'edge').node));
  return {
    wallet: walletState(wallet),
    entries,
    hasNextPage: pageInfo.hasNextPage === true,
    endCursor: optionalText(pageInfo.endCursor, 'endCursor'),
  };
}

function ledgerLine(value: unknown): LedgerLine {
  const node = object(value, 'node');
  return {
    walletId: text(node.walletId, 'walletId'),
    type: text(node.type, 'type'),
    version: integer(node.version, 'version'),
    amount: toMinor(text(node.amount, 'amount')),
    balanceAfter: toMinor(text(node.balanceAfter, 'balanceAfter')),
    idempotencyKey: optionalText(node.idempotencyKey, 'idempotencyKey'),
    transferId: optionalText(node.transferId, 'transferId'),
    counterpartyWalletId: optionalText(node.counterpartyWalletId, 'counterpartyWalletId'),
  };
}
