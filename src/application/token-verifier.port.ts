import { Caller } from '../domain/caller';

/** Turns a bearer token into the caller it proves, or refuses it. The edge asks before anything runs. */
export interface TokenVerifier {
  /** Rejects with InvalidToken when the token proves nothing. */
  verify(token: string): Promise<VerifiedToken>;
  /** A token verified before and still accepted (before its `acceptedUntilMs`), without verifying it again; else undefined. */
  remembered(token: string): VerifiedToken | undefined;
}

/** What a verified token proves: its caller, until `acceptedUntilMs`. */
export interface VerifiedToken {
  readonly caller: Caller;
  /**
   * When `verify` starts refusing the token as expired: its `exp` plus the verifier's clock tolerance. Every user of
   * the token (HTTP, a WebSocket's admission and the timer that closes it, the remembered tokens) ends it then, so no
   * path accepts a token another refuses.
   */
  readonly acceptedUntilMs: number;
}

/** A token that proves nothing: malformed, expired, not yet valid, wrongly signed, for another audience. */
export class InvalidToken extends Error {
  constructor(readonly reason: string) {
    super(`The bearer token is not valid: ${reason}`);
    this.name = 'InvalidToken';
  }
}

/** How long-lived a token may be, and how much of them the verifier remembers (docs/limits.md). */
export interface TokenPolicy {
  /** A token whose lifetime (`exp` - `iat`, or `exp` - now without `iat`) is longer is refused. */
  readonly maxLifetimeSeconds: number;
  /** Verified tokens remembered at most, and about how many bytes of them. */
  readonly cacheEntries: number;
  readonly cacheBytes: number;
}

export const DEFAULT_TOKEN_POLICY: TokenPolicy = { maxLifetimeSeconds: 24 * 3600, cacheEntries: 10_000, cacheBytes: 8 * 1024 * 1024 };
