import { ArgsType, Field, ID, Int } from 'type-graphql';
import { BalanceCommand } from '../../application/change-balance.use-case';
import { CreateWalletCommand } from '../../application/create-wallet.use-case';
import { TransferCommand } from '../../application/transfer.use-case';
import { Currency } from '../../domain/currency';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { MetadataInput } from '../types/metadata.type';
import { expectedVersionArg, idempotencyKeyArg, metadataArg, ownerIdArg, walletIdArg } from './input-rules';

export const METADATA = 'Optional: stored on every ledger entry the change writes, and part of what an idempotency key stands for.';

export const EXPECTED_VERSION =
  'The wallet version the change is based on. It lands only if the wallet is still at that version; else VersionConflict.';
export const IDEMPOTENCY_KEY =
  "Optional, 1-255 characters, scoped to you (another caller's same key is another key): use a UUID per intent. " +
  'A retry with the same key and the same intent returns the first result and changes nothing (24 h).';

@ArgsType()
export class CreateWalletArgs {
  @Field(() => Currency) currency!: Currency;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
  @Field(() => ID, { nullable: true, description: 'Open the wallet for this owner (scope wallet:admin only); default: you.' })
  ownerId?: string | null;

  toCommand(callerId: string): CreateWalletCommand {
    return {
      currency: this.currency,
      ownerId: this.ownerId == null ? undefined : ownerIdArg(this.ownerId, callerId),
      idempotencyKey: idempotencyKeyArg(this.idempotencyKey),
    };
  }
}

@ArgsType()
export class BalanceChangeArgs {
  @Field(() => ID) walletId!: string;
  @Field(() => DecimalScalar, { description: "Greater than 0, in major units, within the currency's minor digits." }) amount!: string;
  @Field(() => Currency) currency!: Currency;
  @Field(() => Int, { description: EXPECTED_VERSION }) expectedVersion!: number;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
  @Field(() => [MetadataInput], { nullable: true, description: METADATA }) metadata?: MetadataInput[] | null;

  toCommand(): BalanceCommand {
    return {
      walletId: walletIdArg(this.walletId),
      amount: this.amount,
      currency: this.currency,
      expectedVersion: expectedVersionArg(this.expectedVersion),
      idempotencyKey: idempotencyKeyArg(this.idempotencyKey),
      metadata: metadataArg(this.metadata),
    };
  }
}

@ArgsType()
export class TransferArgs {
  @Field(() => ID) fromWalletId!: string;
  @Field(() => ID) toWalletId!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => Currency) currency!: Currency;
  @Field(() => Int, { description: `Of the source wallet. ${EXPECTED_VERSION}` }) expectedVersion!: number;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
  @Field(() => [MetadataInput], { nullable: true, description: METADATA }) metadata?: MetadataInput[] | null;

  toCommand(): TransferCommand {
    return {
      fromWalletId: walletIdArg(this.fromWalletId, 'fromWalletId'),
      toWalletId: walletIdArg(this.toWalletId, 'toWalletId'),
      amount: this.amount,
      currency: this.currency,
      expectedVersion: expectedVersionArg(this.expectedVersion),
      idempotencyKey: idempotencyKeyArg(this.idempotencyKey),
      metadata: metadataArg(this.metadata),
    };
  }
}
