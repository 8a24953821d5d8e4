import { Caller } from '../../domain/caller';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LedgerEntry, LedgerEntryType } from '../../domain/ledger-entry';
import { formatMinor } from '../../domain/money';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { LedgerEntryTypeEnum } from './enums';
import { MetadataEntry } from './metadata.type';

@ObjectType('LedgerEntry', { description: "One immutable line of a wallet's history, written in the same transaction as its change." })
export class LedgerEntryObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) walletId!: string;
  @Field(() => LedgerEntryTypeEnum) type!: LedgerEntryType;
  @Field(() => Int, { description: 'The wallet version this entry produced (0 for WALLET_CREATED).' }) version!: number;
  @Field(() => DecimalScalar, { description: 'Unsigned; `type` gives the direction (DECREASED and TRANSFER_OUT take money out).' })
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
  @Field(() => [MetadataEntry], { description: "The movement's metadata, sorted by key (empty when none was given)." })
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

@ObjectType('LedgerEntryConnection', { description: 'A page of history, newest first (Relay cursor connection).' })
export class LedgerEntryConnection {
  @Field(() => [LedgerEntryEdge]) edges!: LedgerEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
