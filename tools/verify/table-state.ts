import { AttributeValue, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { FinalWallet, LedgerLine } from './final-wallet';
import { DYNAMODB_HOLD_FIELDS, holdRecordOf, inlineHoldsOf } from './hold-state';

/** Where the service keeps its wallets: the harness reads them there itself at the end. */
export interface TableLocation {
  /** A local DynamoDB only (http://127.0.0.1:port or http://localhost:port). */
  readonly endpoint: string;
  readonly tableName: string;
}

type Attribute = { S?: string; N?: string };
type RawItem = Record<string, Attribute>;

/**
 * The final state straight from the table, not through the service under test: a consistent Scan
 * of every item, raw attribute values parsed here (not by the service's mapper, whose bugs the
 * checker must not share). Every wallet item in the table is returned, not only those the harness
 * opened (a create retried after a timeout cannot hide a second wallet), with every entry of its
 * partition, also entries above its version. An entry whose wallet item is missing becomes a
 * wallet at version -1, which no ledger check passes.
 */
export async function readTableState({ endpoint, tableName }: TableLocation): Promise<FinalWallet[]> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(endpoint))
    throw new Error(`The harness reads only a local DynamoDB; got ${endpoint}`);
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    const items: RawItem[] = [];
    let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey }));
      items.push(...((page.Items ?? []) as RawItem[]));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return walletsOf(items);
  } finally {
    client.destroy();
  }
}

function walletsOf(items: readonly RawItem[]): FinalWallet[] {
  const partitions = new Map<string, { wallet?: RawItem; entries: RawItem[]; holds: RawItem[] }>();
  for (const item of items) {
    const pk = text(item, 'pk');
    if (!pk.startsWith('WALLET#')) continue;
    const partition = partitions.get(pk) ?? { entries: [], holds: [] };
    partitions.set(pk, partition);
    if (text(item, 'sk') === 'WALLET') partition.wallet = item;
    else if (text(item, 'sk').startsWith('HOLD#')) partition.holds.push(item);
    else partition.entries.push(item);
  }
  return [...partitions].map(([pk, { wallet, entries, holds }]) => ({
    walletId: pk.slice('WALLET#'.length),
    currency: wallet ? text(wallet, 'currency') : '(no wallet item)',
    ownerId: wallet ? text(wallet, 'ownerId') : '(no wallet item)',
    version: wallet ? Number(number(wallet, 'version')) : -1,
    balance: wallet ? number(wallet, 'balance') : 0n,
    entries: entries.map(ledgerLine).sort((a, b) => a.version - b.version),
    holds: holds.map((item) => holdRecordOf(fieldsOf(item), DYNAMODB_HOLD_FIELDS)),
    pendingHolds: wallet ? inlineHoldsOf(wallet.pendingHolds?.S, pk) : [],
  }));
}

function ledgerLine(item: RawItem): LedgerLine {
  return {
    walletId: text(item, 'walletId'),
    type: text(item, 'entryType'),
    version: Number(number(item, 'version')),
    amount: number(item, 'amount'),
    balanceAfter: number(item, 'balanceAfter'),
    ...(item.availableAfter && { availableAfter: number(item, 'availableAfter') }),
    occurredAt: item.occurredAt?.S,
    holdId: item.holdId?.S,
    idempotencyKey: item.idempotencyKey?.S,
    transferId: item.transferId?.S,
    counterpartyWalletId: item.counterpartyWalletId?.S,
    reversalOf: item.reversalOf?.S,
  };
}

const fieldsOf = (item: RawItem) => ({
  text: (name: string) => text(item, name),
  optionalText: (name: string) => item[name]?.S,
  integer: (name: string) => number(item, name),
});

function text(item: RawItem, name: string): string {
  const value = item[name]?.S;
  if (value === undefined) throw new Error(`Item ${item.pk?.S}/${item.sk?.S}: ${name} is not a string`);
  return value;
}

function number(item: RawItem, name: string): bigint {
  const value = item[name]?.N;
  if (value === undefined || !/^-?\d+$/.test(value)) throw new Error(`Item ${item.pk?.S}/${item.sk?.S}: ${name} is not an integer`);
  return BigInt(value);
}
