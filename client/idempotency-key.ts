/**
 * A fresh idempotency key: `crypto.randomUUID()` where the runtime has it (Node, a browser page in a secure context);
 * else a version 4 UUID from `crypto.getRandomValues` (a page served over plain http from a LAN address has no
 * randomUUID, nor has Hermes with a getRandomValues polyfill). With neither, an error that says what to do.
 */
/** What a runtime's `crypto` may offer (Web Crypto's names). */
interface RandomSource {
  randomUUID?: () => string;
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

export function newIdempotencyKey(): string {
  const crypto = (globalThis as { crypto?: RandomSource }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  if (typeof crypto?.getRandomValues !== 'function') {
    throw new Error(
      'This runtime has no crypto.getRandomValues to make an idempotency key: give the intent an idempotencyKey (a fresh UUID)',
    );
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // the RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
