import { ArgsType, Field, ID, Int } from 'type-graphql';
import { CaptureHoldCommand } from '../../application/capture-hold.use-case';
import { PlaceHoldCommand } from '../../application/place-hold.use-case';
import { VoidHoldCommand } from '../../application/void-hold.use-case';
import { Currency } from '../../domain/currency';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { MetadataInput } from '../types/metadata.type';
import { expectedVersionArg, expiresInSecondsArg, holdIdArg, idempotencyKeyArg, metadataArg, walletIdArg } from './input-rules';
import { EXPECTED_VERSION, IDEMPOTENCY_KEY, METADATA } from './mutation.args';

const HELD_VERSION = `Of the held wallet. ${EXPECTED_VERSION}`;

@ArgsType()
export class PlaceHoldArgs {
  @Field(() => ID) walletId!: string;
  @Field(() => DecimalScalar, { description: "Greater than 0, in major units, within the currency's minor digits." }) amount!: string;
  @Field(() => Currency) currency!: Currency;
  @Field(() => Int, { description: EXPECTED_VERSION }) expectedVersion!: number;
  @Field(() => Int, { description: '1 to 2592000 (30 days), by the service clock.' }) expiresInSeconds!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'A payment authorised to this wallet: the capture credits it. Absent: a capture takes the money out.',
  })
  toWalletId?: string | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
  @Field(() => [MetadataInput], { nullable: true, description: METADATA }) metadata?: MetadataInput[] | null;

  toCommand(): PlaceHoldCommand {
    return {
      walletId: walletIdArg(this.walletId),
      amount: this.amount,
      currency: this.currency,
      expectedVersion: expectedVersionArg(this.expectedVersion),
      expiresInSeconds: expiresInSecondsArg(this.expiresInSeconds),
      toWalletId: this.toWalletId == null ? undefined : walletIdArg(this.toWalletId, 'toWalletId'),
      idempotencyKey: idempotencyKeyArg(this.idempotencyKey),
      metadata: metadataArg(this.metadata),
    };
  }
}

@ArgsType()
export class CaptureHoldArgs {
  @Field(() => ID) holdId!: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'At most what is held, in its currency; absent: all of it. The rest is released.',
  })
  amount?: string | null;
  @Field(() => Int, { description: HELD_VERSION }) expectedVersion!: number;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
  @Field(() => [MetadataInput], { nullable: true, description: METADATA }) metadata?: MetadataInput[] | null;

  toCommand(): CaptureHoldCommand {
    return {
      holdId: holdIdArg(this.holdId),
      amount: this.amount ?? undefined,
      expectedVersion: expectedVersionArg(this.expectedVersion),
      idempotencyKey: idempotencyKeyArg(this.idempotencyKey),
      metadata: metadataArg(this.metadata),
    };
  }
}

@ArgsType()
export class VoidHoldArgs {
  @Field(() => ID) holdId!: string;
  @Field(() => Int, { description: HELD_VERSION }) expectedVersion!: number;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
  @Field(() => [MetadataInput], { nullable: true, description: METADATA }) metadata?: MetadataInput[] | null;

  toCommand(): VoidHoldCommand {
    return {
      holdId: holdIdArg(this.holdId),
      expectedVersion: expectedVersionArg(this.expectedVersion),
      idempotencyKey: idempotencyKeyArg(this.idempotencyKey),
      metadata: metadataArg(this.metadata),
    };
  }
}
