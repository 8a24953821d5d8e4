import { KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { InvalidToken, TokenVerifier } from '../../application/token-verifier.port';
import { Caller, callerOf } from '../../domain/caller';

/** Only signatures by a private key: a shared secret or `none` can never be accepted. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export interface JwtVerifierOptions {
  /** A public key, or a remote JWKS URL (fetched on demand, cached and refreshed by jose). */
  readonly key: KeyObject | URL;
  readonly issuer: string;
  readonly audience: string;
  readonly clockToleranceSeconds?: number;
  /** Verified tokens remembered until they expire, so a client's next request skips the signature check. */
  readonly cacheSize?: number;
}

interface Verified {
  readonly caller: Caller;
  readonly expiresAtMs: number;
}

/**
 * Bearer JWTs verified with jose: signature, `exp` and `nbf` (with a small clock tolerance), `iss`
 * and `aud`. The caller is the token's `sub`; its scopes are the standard space-separated `scope` claim.
 */
export class JwtVerifier implements TokenVerifier {
  private readonly key: KeyObject | ReturnType<typeof createRemoteJWKSet>;
  private readonly verified = new Map<string, Verified>();

  constructor(private readonly options: JwtVerifierOptions) {
    this.key = options.key instanceof URL ? createRemoteJWKSet(options.key) : options.key;
  }

  remembered(token: string): Caller | undefined {
    const known = this.verified.get(token);
    return known && known.expiresAtMs > Date.now() ? known.caller : undefined;
  }

  async verify(token: string): Promise<Caller> {
    const known = this.verified.get(token);
    if (known && known.expiresAtMs > Date.now()) return known.caller;
    if (known) this.verified.delete(token);
    const payload = await this.payloadOf(token);
    const caller = callerOf(payload.sub as string, typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : []);
    this.remember(token, { caller, expiresAtMs: (payload.exp as number) * 1000 });
    return caller;
  }

  private async payloadOf(token: string): Promise<JWTPayload> {
    try {
      const rules = {
        algorithms: ACCEPTED_ALGORITHMS,
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: this.options.clockToleranceSeconds ?? 30,
        requiredClaims: ['sub', 'exp'],
      };
      const { payload } = this.key instanceof KeyObject ? await jwtVerify(token, this.key, rules) : await jwtVerify(token, this.key, rules);
      // Well-formed Unicode: a store may turn a lone surrogate into U+FFFD, and so two subjects into one owner.
      if (typeof payload.sub !== 'string' || payload.sub === '' || payload.sub.length > 128 || !payload.sub.isWellFormed()) {
        throw new InvalidToken('sub must be 1 to 128 characters of well-formed Unicode');
      }
      return payload;
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      // The keys could not be had (a JWKS outage): a fault of the service, not of the token.
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) throw error;
      throw new InvalidToken(reasonOf(error));
    }
  }

  private remember(token: string, verified: Verified): void {
    if (this.verified.size >= (this.options.cacheSize ?? 10_000)) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, verified);
  }
}

/** A short, fixed reason: jose's own messages are for the server, never echoed with the token. */
function reasonOf(error: errors.JOSEError): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} is not acceptable`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return 'algorithm not accepted';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key matches it';
  return 'malformed';
}
