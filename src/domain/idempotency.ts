import { Metadata, metadataToJson } from './metadata';
import { WalletEvent } from './wallet-events';

/** How long a stored result answers retries with the same key. Documented in docs/api.md. */
export const IDEMPOTENCY_WINDOW_SECONDS = 24 * 60 * 60;

/**
 * A client's promise that requests carrying the same key mean the same intent. The fingerprint
 * names that intent: operation, wallet(s), currency, amount in minor units and metadata; never
 * `expectedVersion`, so a client may re-read and retry a conflicted request with the same key.
 */
export interface IdempotentRequest {
  /** Keys are scoped per caller: the same key from two callers names two independent requests. */
  readonly owner: string;
  readonly key: string;
  readonly fingerprint: string;
  /** What an earlier release stored for the same intent, so that a retry across an upgrade still replays (never stored). */
  readonly formerFingerprints?: readonly string[];
}

/** The first successful result of a key, stored in the same transaction as its effect. */
export interface IdempotencyRecord extends IdempotentRequest {
  readonly event: WalletEvent;
  /** Epoch seconds when it was stored: the record may replace an older record of its key that expired by then. */
  readonly storedAt: number;
  /** Epoch seconds after which the key is forgotten (also the table's TTL attribute). */
  readonly expiresAt: number;
}

export function recordOf(request: IdempotentRequest, event: WalletEvent, nowSeconds: number): IdempotencyRecord {
  const { owner, key, fingerprint } = request;
  return { owner, key, fingerprint, event, storedAt: nowSeconds, expiresAt: nowSeconds + IDEMPOTENCY_WINDOW_SECONDS };
}

/** Whether a stored record of the key stands for the request's intent: its fingerprint, or one an earlier release made. */
export function sameIntent(record: IdempotencyRecord, request: IdempotentRequest): boolean {
  return record.fingerprint === request.fingerprint || (request.formerFingerprints ?? []).includes(record.fingerprint);
}

export function idempotentRequest(
  owner: string,
  key: string | undefined,
  ...intent: ReadonlyArray<string | bigint>
): IdempotentRequest | undefined {
  return key === undefined ? undefined : { owner, key, fingerprint: intent.join('|') };
}

/**
 * Metadata's part of a fingerprint: its canonical text (sorted keys), so the same key with other
 * metadata is another intent. None when there is no metadata: fingerprints stored before metadata
 * existed still match their retries.
 */
export function metadataIntent(metadata: Metadata): string[] {
  return metadata.length === 0 ? [] : [metadataToJson(metadata)];
}

export function isExpired(record: IdempotencyRecord, nowSeconds: number): boolean {
  return record.expiresAt <= nowSeconds;
}
