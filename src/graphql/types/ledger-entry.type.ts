import { Caller } from '../../domain/caller';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LedgerEntry, LedgerEntryType } from '../../domain/ledger-entry';
import { formatMinor } from '../../domain/money';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { LedgerEntryTypeEnum } from './enums';
import { MetadataEntry } from './metadata.type';
import { METADATA_LIMITS } from '../../domain/metadata';

@ObjectType('LedgerEntry', { description: "One immutable line of a wallet's history, written in the same transaction as its change." })
export class LedgerEntryObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) walletId!: string;
  @Field(() => LedgerEntryTypeEnum) type!: LedgerEntryType;
  @Field(() => Int, { description: 'The wallet version this entry produced (0 for WALLET_CREATED).' }) version!: number;
  @Field(() => DecimalScalar, {
    description:
      "Unsigned; `type` gives the direction (BALANCE_DECREASED, TRANSFER_OUT, REVERSAL_OUT and HOLD_CAPTURED take money out; HOLD_PLACED, HOLD_RELEASED and HOLD_EXPIRED move none: the hold's amount).",
  })
  amount!: string;
  @Field(() => DecimalScalar) balanceAfter!: string;
  @Field(() => DecimalScalar, { description: 'balanceAfter minus the holds still pending in the ledger after this entry.' })
  availableAfter!: string;
  @Field(() => DateTimeScalar) occurredAt!: string;
  @Field(() => ID, { description: "Who made the change (the caller's token subject; for a transfer, the payer on both entries)." })
  actor!: string;
  @Field(() => ID, { nullable: true }) transferId?: string;
  @Field(() => ID, { nullable: true }) counterpartyWalletId?: string;
  @Field(() => ID, { nullable: true, description: 'The hold a HOLD_* entry is about.' }) holdId?: string;
  @Field(() => String, {
    nullable: true,
    description: "The key the actor sent; shown to the actor (and operators) only: a payee does not see the payer's key.",
  })
  idempotencyKey?: string;
  @Field(() => ID, { nullable: true, description: 'On the two entries of a reversal: the transfer it gives money back for.' })
  reversalOf?: string;
  @Field(() => [MetadataEntry], {
    description: `The movement's metadata, sorted by key (empty when none was given). A list of up to ${METADATA_LIMITS.keys}: in the query cost, its fields count ${METADATA_LIMITS.keys} times.`,
    // Costed as the list it is, like a page of `first` entries: at 1 for the list, 16 keys of 296 characters fitted 4 pages of 99 entries
    // (10 MB) under the cost limit. See docs/limits.md.
    complexity: ({ childComplexity }) => METADATA_LIMITS.keys * childComplexity,
  })
  metadata!: MetadataEntry[];

  /** `viewer`: who reads the ledger; an idempotency key is the actor's own text, not the payee's to read. */
  static of(entry: LedgerEntry, viewer: Caller): LedgerEntryObject {
    return Object.assign(new LedgerEntryObject(), {
      ...entry,
      amount: formatMinor(entry.amount, entry.currency),
      balanceAfter: formatMinor(entry.balanceAfter, entry.currency),
      metadata: entry.metadata.map((pair) => Object.assign(new MetadataEntry(), pair)),
      availableAfter: formatMinor(entry.availableAfter, entry.currency),
      idempotencyKey: viewer.admin || viewer.id === entry.actor ? entry.idempotencyKey : undefined,
    });
  }
}

@ObjectType('LedgerEntryEdge')
class LedgerEntryEdge {
  @Field() cursor!: string;
  @Field(() => LedgerEntryObject) node!: LedgerEntryObject;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor?: string;
  @Field(() => String, { nullable: true }) endCursor?: string;
}

@ObjectType('LedgerEntryConnection', {
  description: "A page of ledger entries (Relay cursor connection): newest first in `history`, oldest first in a statement's `entries`.",
})
export class LedgerEntryConnection {
  @Field(() => [LedgerEntryEdge]) edges!: LedgerEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
