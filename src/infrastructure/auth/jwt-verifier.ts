import { KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey, JWTVerifyOptions } from 'jose';
import { DEFAULT_TOKEN_POLICY, InvalidToken, TokenPolicy, TokenVerifier, VerifiedToken } from '../../application/token-verifier.port';
import { callerOf } from '../../domain/caller';
import { VerifiedTokenCache } from './verified-token-cache';

/** Only signatures by a private key: a shared secret or `none` can never be accepted. */
const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** The ECDSA algorithm of each curve, by the name Node gives it (`asymmetricKeyDetails.namedCurve`). */
const ECDSA_OF_CURVE = new Map([
  ['prime256v1', 'ES256'],
  ['secp384r1', 'ES384'],
  ['secp521r1', 'ES512'],
]);
/** jose verifies no RS or PS signature of a shorter key. */
const MIN_RSA_BITS = 2048;
/**
 * The clock tolerance of `exp` and `nbf` unless the options name another (docs/authentication.md). The one source of
 * it: a verified token says until when it is accepted (`acceptedUntilMs`), and every other path takes that.
 */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
/** jose's message when a protected header's `crit` names a parameter it was not told to understand. */
const CRIT_NOT_UNDERSTOOD = /^Extension Header Parameter ".*" is not recognized$/;

export interface JwtVerifierOptions {
  /** A public key, or a remote JWKS URL (fetched on demand, cached and refreshed by jose). */
  readonly key: KeyObject | URL;
  readonly issuer: string;
  readonly audience: string;
  /** Of `exp` and `nbf`: DEFAULT_CLOCK_TOLERANCE_SECONDS unless given. */
  readonly clockToleranceSeconds?: number;
  /** The longest lifetime accepted, and the bounds of the verified tokens remembered. */
  readonly policy?: TokenPolicy;
}

/**
 * Bearer JWTs verified with jose: signature, `exp` and `nbf` (with a small clock tolerance), `iss`
 * and `aud`, and a lifetime no longer than the policy's maximum (a token valid until the year 9999 is
 * refused, not remembered). The caller is the token's `sub`; its scopes are the standard space-separated `scope` claim.
 */
export class JwtVerifier implements TokenVerifier {
  private readonly key: KeyObject | JWTVerifyGetKey;
  /**
   * The `alg` values jose may try. For a key of its own, only those the key can verify: jose then refuses any other
   * before it touches the key (given the key, it threw a TypeError, which was answered as a fault of the service).
   * A JWKS looks its key up by `alg`, and finds none for an `alg` that fits none of its keys.
   */
  private readonly algorithms: string[];
  private readonly policy: TokenPolicy;
  private readonly clockTolerance: number;
  private readonly verified: VerifiedTokenCache;

  constructor(private readonly options: JwtVerifierOptions) {
    this.key = options.key instanceof URL ? usableKeysOf(createRemoteJWKSet(options.key)) : options.key;
    this.algorithms = options.key instanceof URL ? ACCEPTED_ALGORITHMS : verifiableBy(options.key);
    if (this.algorithms.length === 0)
      throw new Error(
        `The public key verifies none of the accepted algorithms (${ACCEPTED_ALGORITHMS.join(', ')}): ` +
          `an EC key on P-256, P-384 or P-521, an RSA key of at least ${MIN_RSA_BITS} bits, or an Ed25519 or Ed448 key is needed`,
      );
    this.policy = options.policy ?? DEFAULT_TOKEN_POLICY;
    this.clockTolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
    this.verified = new VerifiedTokenCache(this.policy.cacheEntries, this.policy.cacheBytes);
  }

  remembered(token: string): VerifiedToken | undefined {
    return this.verified.verifiedOf(token);
  }

  /** The verified tokens remembered now: how many, and about how many bytes. */
  get cached(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.verified.size, bytes: this.verified.sizeBytes };
  }

  async verify(token: string): Promise<VerifiedToken> {
    const known = this.verified.verifiedOf(token);
    if (known) return known;
    const payload = await this.payloadOf(token);
    const caller = callerOf(payload.sub as string, typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : []);
    const verified = { caller, acceptedUntilMs: acceptedUntilMs(payload.exp as number, this.clockTolerance) };
    this.verified.remember(token, verified);
    return verified;
  }

  private async payloadOf(token: string): Promise<JWTPayload> {
    try {
      const rules = {
        algorithms: this.algorithms,
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: this.clockTolerance,
        requiredClaims: ['sub', 'exp'],
      };
      const { payload } =
        this.key instanceof KeyObject ? await jwtVerify(token, this.key, rules) : await verifiedByAny(token, this.key, rules);
      // Well-formed Unicode: a store may turn a lone surrogate into U+FFFD, and so two subjects into one owner.
      if (typeof payload.sub !== 'string' || payload.sub === '' || payload.sub.length > 128 || !payload.sub.isWellFormed()) {
        throw new InvalidToken('sub must be 1 to 128 characters of well-formed Unicode');
      }
      if (lifetimeSeconds(payload) > this.policy.maxLifetimeSeconds + this.clockTolerance)
        throw new InvalidToken(`lifetime longer than ${this.policy.maxLifetimeSeconds} s`);
      // A token not issued yet (jose checks `iat` only against a maximum age, which would require it of every token).
      if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + this.clockTolerance)
        throw new InvalidToken('iat is in the future');
      return payload;
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      // The keys could not be had (a JWKS outage): a fault of the service, not of the token.
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) throw error;
      throw new InvalidToken(reasonOf(error));
    }
  }
}

/** Several keys of a JWKS that can verify a token without `kid` (a key rotation): each is tried. */
class SeveralUsableKeys extends Error {
  constructor(readonly keys: readonly KeyObject[]) {
    super('several keys of the JWKS can verify the token');
  }
}

/**
 * jwtVerify against a JWKS, trying each usable key when several fit a token without `kid`, as jose's documentation
 * shows for JWKSMultipleMatchingKeys (such a token was refused as malformed): the first whose signature verifies.
 */
async function verifiedByAny(token: string, keys: JWTVerifyGetKey, rules: JWTVerifyOptions) {
  try {
    return await jwtVerify(token, keys, rules);
  } catch (error) {
    if (!(error instanceof SeveralUsableKeys)) throw error;
    for (const key of error.keys) {
      try {
        return await jwtVerify(token, key, rules);
      } catch (failure) {
        if (!(failure instanceof errors.JWSSignatureVerificationFailed)) throw failure;
      }
    }
    throw new errors.JWSSignatureVerificationFailed();
  }
}

/**
 * A JWKS's key for a token, if it can verify the token's `alg`: a set may publish a key jose will not use (an RSA key
 * under 2048 bits), and jose then threw a TypeError on every token naming it, answered as a fault of the service (500,
 * an error line per request, which any client could send by naming that `kid`). Refused as a token, saying why. A
 * token without `kid` that several keys of the set fit (jose's JWKSMultipleMatchingKeys) gets the usable ones among them.
 */
function usableKeysOf(keys: ReturnType<typeof createRemoteJWKSet>): JWTVerifyGetKey {
  const fits = (key: unknown, alg: string | undefined) => !(key instanceof KeyObject) || verifiableBy(key).includes(alg ?? '');
  return async (header, token) => {
    try {
      const key = await keys(header, token);
      if (!fits(key, header.alg)) throw new InvalidToken('the key it names cannot verify its alg');
      return key;
    } catch (error) {
      if (!(error instanceof errors.JWKSMultipleMatchingKeys)) throw error;
      const usable: KeyObject[] = [];
      for await (const candidate of error as unknown as AsyncIterable<unknown>)
        if (candidate instanceof KeyObject && fits(candidate, header.alg)) usable.push(candidate);
      if (usable.length === 0) throw new InvalidToken('no key matches it');
      if (usable.length > 1) throw new SeveralUsableKeys(usable);
      return usable[0];
    }
  };
}

/** The accepted algorithms `key` can verify, as jose checks a key against a header's `alg` (runtime/node_key.js). */
function verifiableBy(key: KeyObject): string[] {
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'ec': {
      const algorithm = ECDSA_OF_CURVE.get(details.namedCurve ?? '');
      return algorithm ? [algorithm] : [];
    }
    case 'rsa':
      return (details.modulusLength ?? 0) < MIN_RSA_BITS ? [] : ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
    case 'rsa-pss':
      // A key bound to one hash (and a salt no longer than it) verifies the PS algorithm of that hash only.
      if ((details.modulusLength ?? 0) < MIN_RSA_BITS) return [];
      return ['PS256', 'PS384', 'PS512'].filter((algorithm) => {
        const bits = Number(algorithm.slice(2));
        const { hashAlgorithm, mgf1HashAlgorithm, saltLength } = details;
        if (hashAlgorithm !== undefined && (hashAlgorithm !== `sha${bits}` || mgf1HashAlgorithm !== hashAlgorithm)) return false;
        return saltLength === undefined || saltLength <= bits / 8;
      });
    case 'ed25519':
    case 'ed448':
      return ['EdDSA'];
    default:
      return [];
  }
}

/**
 * From issue (or from now, whichever is earlier) to expiry: an `iat` set in the future cannot make a
 * far-future `exp` look short-lived. jose has checked that `exp` (and `iat`, if present) are numbers.
 */
function lifetimeSeconds(payload: JWTPayload): number {
  const now = Date.now() / 1000;
  const issuedAt = typeof payload.iat === 'number' ? Math.min(payload.iat, now) : now;
  return (payload.exp as number) - issuedAt;
}

/**
 * The first instant jose refuses a token expiring at `exp` as expired: it refuses when `exp <= now - tolerance`, `now`
 * in whole seconds (rounded down), so a token is accepted until the whole second at or after `exp + tolerance`.
 */
function acceptedUntilMs(exp: number, toleranceSeconds: number): number {
  return Math.ceil(exp + toleranceSeconds) * 1000;
}

/** A short, fixed reason: jose's own messages are for the server, never echoed with the token. */
function reasonOf(error: errors.JOSEError): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} is not acceptable`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm not accepted';
  if (error instanceof errors.JOSENotSupported)
    return CRIT_NOT_UNDERSTOOD.test(error.message) ? 'crit names a header parameter not understood' : 'not supported';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key matches it';
  return 'malformed';
}
