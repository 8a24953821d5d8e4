import { AVAILABILITY_UNCHECKED } from './boundary-edits';
import { HOLD_MUTANTS } from './hold-mutants';
import { Mutant } from './mutant';

export type { Mutant, MutantEdit } from './mutant';

/**
 * Deliberate bugs, each one promise of the README broken in the smallest way, as exact text
 * replacements in the source (a replacement whose text is not found exactly once is an error,
 * so a refactoring cannot silently turn a mutant into the real code).
 */
export const MUTANTS: readonly Mutant[] = [
  {
    name: 'resume-skips-a-version',
    breaks: 'live wallets: a subscriber resuming from its last version misses the next one (the replay starts one too late)',
    file: 'src/application/wallet-event-stream.ts',
    replacements: [['stored(last + 1, joined.version)) {', 'stored(last + 2, joined.version)) {']],
  },
  {
    name: 'no-version-condition',
    breaks: 'no lost update: a write from a stale version is accepted (the wallet update is unconditional, the entry Put overwrites)',
    file: 'src/infrastructure/dynamodb/wallet-requests.ts',
    replacements: [
      [
        "ConditionExpression: '#version = :expectedVersion AND #balance = :expectedBalance AND #updatedAt = :expectedUpdatedAt',",
        "ConditionExpression: '#version >= :expectedVersion AND :expectedBalance = :expectedBalance AND :expectedUpdatedAt = :expectedUpdatedAt',",
      ],
      [
        "return { Put: { TableName, Item: entryItem.from(entry), ConditionExpression: 'attribute_not_exists(pk)' } };",
        'return { Put: { TableName, Item: entryItem.from(entry) } };',
      ],
    ],
  },
  {
    name: 'unguarded-idempotency-record',
    breaks: 'exactly once: the key record is written whatever holds the key, so a retry with a fresh version applies again',
    file: 'src/infrastructure/dynamodb/record-writes.ts',
    replacements: [
      [
        "ConditionExpression: 'attribute_not_exists(pk) OR #expiresAt <= :now',",
        "ConditionExpression: 'attribute_not_exists(pk) OR attribute_exists(pk) OR #expiresAt <= :now',",
      ],
    ],
  },
  {
    name: 'overdraw-allowed',
    breaks: 'never below zero: a decrease may take up to 10.00 more than the balance',
    file: 'src/domain/wallet.ts',
    replacements: [['if (available < amount.minor) return', 'if (available + 1_000n < amount.minor) return']],
    // Past the balance itself, the domain's own step refuses it; past what is held, the store boundary would.
    also: [AVAILABILITY_UNCHECKED],
  },
  {
    name: 'entry-outside-transaction',
    breaks: 'no change without its entry, no entry without its change: entries are Put on their own before the transaction',
    file: 'src/infrastructure/dynamodb/dynamo-wallet.repository.ts',
    replacements: [
      [
        'await this.items.transactWrite(request.input);',
        `const all = request.input.TransactItems ?? [];
      const entries = all.filter((item) => item.Put?.Item?.type === 'LedgerEntry');
      for (const item of entries) await this.items.transactWrite({ TransactItems: [item] });
      await this.items.transactWrite({ TransactItems: all.filter((item) => !entries.includes(item)) });`,
      ],
    ],
  },
  {
    name: 'owner-unchecked',
    breaks:
      "only a wallet's owner sees or moves its money: any caller may read and change any wallet (the access policy forgets the owner)",
    file: 'src/domain/caller.ts',
    replacements: [['return caller.admin || wallet.ownerId === caller.id;', 'return caller.admin || wallet.ownerId.length > 0;']],
  },
  ...HOLD_MUTANTS,
  {
    name: 'reversal-ignores-reversed',
    breaks: 'reversals never exceed their transfer: a reversal is checked against the whole transfer, not what is left of it',
    file: 'src/application/reverse-transfer.use-case.ts',
    replacements: [
      ['if (amount.minor === 0n || amount.minor > remainingOf(record)) {', 'if (amount.minor === 0n || amount.minor > record.amount) {'],
    ],
  },
  {
    name: 'transfer-legs-timed-apart',
    breaks: "a movement has one instant: a transfer's credit is timed a millisecond after its debit (a statement may hold one leg)",
    file: 'src/application/transfer.use-case.ts',
    replacements: [
      [
        'counterpartyWalletId: fromWalletId, metadata }, moment),',
        'counterpartyWalletId: fromWalletId, metadata }, { ...moment, recordedAt: new Date(Date.parse(moment.recordedAt) + 1).toISOString() }),',
      ],
    ],
  },
];
