import { AsOf } from '../../application/balance-at.use-case';
import { canonicalMetadata, Metadata, metadataProblem } from '../../domain/metadata';
import { ownerIdProblem } from '../../domain/shown-text';
import { HOLD_EXPIRY_SECONDS_MAX, HOLD_EXPIRY_SECONDS_MIN } from '../../domain/hold';
import { parseHoldId } from '../../domain/hold-id';
import { isVersion } from '../../domain/wallet';
import { badUserInput } from '../bad-user-input';

/* Checks of input that no GraphQL type expresses. A failure is BAD_USER_INPUT and nothing is read or written. */

export const MAX_ID_LENGTH = 128;
const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export function walletIdArg(value: string, argument = 'walletId'): string {
  if (value.length === 0 || value.length > MAX_ID_LENGTH) {
    throw badUserInput(`${argument} must have 1 to ${MAX_ID_LENGTH} characters`, argument);
  }
  return wellFormed(value, argument);
}

/**
 * The owner an operator opens a wallet for: an id as walletIdArg takes it, that shows as itself (ownerIdProblem). " alice",
 * "alice\u0000", fullwidth "ａｌｉｃｅ" or "ali\u0307ce" would open a wallet no token of alice's owns, which a back-office
 * screen shows as hers. A caller naming itself is taken as its token says it (an identity provider's subject in any
 * Unicode form).
 */
export function ownerIdArg(value: string, callerId: string, argument = 'ownerId'): string {
  walletIdArg(value, argument);
  if (value === callerId) return value;
  const problem = ownerIdProblem(value);
  if (problem) throw badUserInput(`${argument} ${problem}: it would show as another owner`, argument);
  return value;
}

/** balanceAt's moment or version: exactly one, and a version the wallet has reached. */
export function asOfArg(at: string | null | undefined, version: number | null | undefined, currentVersion: number): AsOf {
  if (at != null && version == null) return { at };
  if (at == null && version != null) {
    if (!Number.isSafeInteger(version) || version < 0 || version > currentVersion)
      throw badUserInput(`version must be 0 to ${currentVersion} (the wallet's current version)`, 'version');
    return { version };
  }
  throw badUserInput('give exactly one of at and version', at == null ? 'at' : 'version');
}

export function expectedVersionArg(value: number): number {
  if (!isVersion(value))
    throw badUserInput('expectedVersion must be a whole number >= 0: the version of the wallet you read', 'expectedVersion');
  return value;
}

/** Only an id this service minted: anything else is bad input, and nothing is read. */
export function holdIdArg(value: string, argument = 'holdId'): string {
  if (!parseHoldId(value)) throw badUserInput(`${argument} is not a hold id returned by this API`, argument);
  return value;
}

export function expiresInSecondsArg(value: number): number {
  if (!Number.isInteger(value) || value < HOLD_EXPIRY_SECONDS_MIN || value > HOLD_EXPIRY_SECONDS_MAX) {
    throw badUserInput(
      `expiresInSeconds must be a whole number from ${HOLD_EXPIRY_SECONDS_MIN} to ${HOLD_EXPIRY_SECONDS_MAX} (30 days)`,
      'expiresInSeconds',
    );
  }
  return value;
}

export function idempotencyKeyArg(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.length === 0 || value.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw badUserInput(`idempotencyKey must have 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`, 'idempotencyKey');
  }
  return wellFormed(value, 'idempotencyKey');
}

/** Metadata as the stores keep it (sorted by key), or BAD_USER_INPUT naming the argument and the rule broken. */
export function metadataArg(value: Metadata | null | undefined, argument = 'metadata'): Metadata {
  if (value === null || value === undefined) return [];
  const problem = metadataProblem(value);
  if (problem) throw badUserInput(`${argument}: ${problem}`, argument);
  return canonicalMetadata(value);
}

/**
 * A lone surrogate (\ud800) is not text: on the way to DynamoDB it becomes U+FFFD, so "t-\ud800" and
 * "t-\udc00" were one key there, and a second deposit was answered with the first one's result.
 */
function wellFormed(value: string, argument: string): string {
  if (!value.isWellFormed()) throw badUserInput(`${argument} must be well-formed Unicode (no lone surrogates)`, argument);
  return value;
}
