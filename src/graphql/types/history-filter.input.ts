import { Field, ID, InputType } from 'type-graphql';
import { LedgerEntryType } from '../../domain/ledger-entry';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { LedgerEntryTypeEnum } from './enums';
import { MetadataInput } from './metadata.type';

@InputType('HistoryFilter', {
  description:
    'Which entries to show (all given tests must hold). from/to are served by the time index; the other tests examine at most ' +
    '500 entries per page: such a page may hold fewer than `first`, but then hasNextPage is true and endCursor continues it.',
})
export class HistoryFilterInput {
  @Field(() => [LedgerEntryTypeEnum], { nullable: true }) types?: LedgerEntryType[] | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Entries at or after this moment.' }) from?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Entries before this moment.' }) to?: string | null;
  @Field(() => ID, { nullable: true, description: "A transfer's entries, and those of its reversals." }) transferId?: string | null;
  @Field(() => MetadataInput, {
    nullable: true,
    description:
      'Entries whose metadata holds this key with this value, compared as a person reads them (Unicode NFKC): `８８１２` finds `8812`, a composed `é` one written with a combining accent.',
  })
  metadata?: MetadataInput | null;
}
