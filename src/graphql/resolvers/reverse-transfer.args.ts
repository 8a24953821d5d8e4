import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ReverseTransferCommand } from '../../application/reverse-transfer.use-case';
import { METADATA_LIMITS } from '../../domain/metadata';
import { badUserInput } from '../bad-user-input';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { MetadataInput } from '../types/metadata.type';
import { expectedVersionArg, idempotencyKeyArg, metadataArg, walletIdArg } from './input-rules';
import { EXPECTED_VERSION, IDEMPOTENCY_KEY, METADATA } from './mutation.args';

/** The metadata key a reversal's reason is stored under (on both of its entries). */
const REASON_KEY = 'reason';

@ArgsType()
export class ReverseTransferArgs {
  @Field(() => ID) transferId!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'What to give back (> 0); absent: all that is left of the transfer.' })
  amount?: string | null;
  @Field(() => Int, { description: `Of the PAYEE's wallet (the money leaves it). ${EXPECTED_VERSION}` }) expectedVersion!: number;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `Why (at most ${METADATA_LIMITS.valueLength} characters, no control characters): stored as the metadata key "${REASON_KEY}".`,
  })
  reason?: string | null;
  @Field(() => [MetadataInput], { nullable: true, description: METADATA }) metadata?: MetadataInput[] | null;

  toCommand(): ReverseTransferCommand {
    const given = this.metadata ?? [];
    if (this.reason != null && given.some((pair) => pair.key === REASON_KEY)) {
      throw badUserInput(`give the reason either as reason or as the metadata key "${REASON_KEY}", not both`, 'reason');
    }
    const withReason = this.reason == null ? given : [...given, { key: REASON_KEY, value: this.reason }];
    return {
      transferId: walletIdArg(this.transferId, 'transferId'),
      amount: this.amount ?? undefined,
      expectedVersion: expectedVersionArg(this.expectedVersion),
      idempotencyKey: idempotencyKeyArg(this.idempotencyKey),
      metadata: metadataArg(withReason, this.reason == null ? 'metadata' : 'reason'),
    };
  }
}
