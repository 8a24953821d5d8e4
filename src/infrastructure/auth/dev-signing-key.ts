import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { ADMIN_SCOPE } from '../../domain/caller';

/** The issuer and audience of development tokens (production names its own: AUTH_ISSUER, AUTH_AUDIENCE). */
export const DEV_ISSUER = 'wallet-service-dev';
export const DEV_AUDIENCE = 'wallet-service';
/** How long a development token lives unless asked otherwise (within TOKEN_MAX_LIFETIME_SECONDS' default of 24 h). */
export const DEV_TOKEN_TTL = '12h';
const ALGORITHM = 'ES256';

/** The example callers printed at start-up: two users and one operator. The first one drives the Playground. */
export const EXAMPLE_CALLERS = [
  { sub: 'alice', scope: '' },
  { sub: 'bob', scope: '' },
  { sub: 'operator', scope: ADMIN_SCOPE },
] as const;

export interface TokenRequest {
  readonly sub: string;
  readonly scope?: string;
  /** A jose time span such as "1h", "30m", "7d". */
  readonly ttl?: string;
}

/**
 * A development signing key pair, kept under the data directory so tokens survive restarts. Made on
 * first start; the private key file is readable by its owner only. Never used when production keys
 * are configured.
 */
export class DevSigningKey {
  private constructor(
    private readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
    readonly issuer: string,
    readonly audience: string,
    /** Where the key is kept (none for an ephemeral key), and whether this call made it. */
    readonly file?: string,
    readonly madeNow = false,
  ) {}

  static loadOrCreate(dir: string, issuer = DEV_ISSUER, audience = DEV_AUDIENCE): DevSigningKey {
    const file = join(dir, 'dev-signing-key.pem');
    let madeNow = false;
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      try {
        writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
        madeNow = true;
      } catch (error) {
        // Another process (the token command, a second instance) made it a moment ago: use theirs.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    const privateKey = createPrivateKey(readFileSync(file));
    return new DevSigningKey(privateKey, createPublicKey(privateKey), issuer, audience, file, madeNow);
  }

  /** A key that lives in memory only (tests, benchmarks): a fresh P-256 key unless one is given. */
  static ephemeral(issuer = DEV_ISSUER, audience = DEV_AUDIENCE, privateKey?: KeyObject): DevSigningKey {
    const key = privateKey ?? generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    return new DevSigningKey(key, createPublicKey(key), issuer, audience);
  }

  sign({ sub, scope = '', ttl = DEV_TOKEN_TTL }: TokenRequest): Promise<string> {
    return new SignJWT(scope ? { scope } : {})
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(ttl)
      .sign(this.privateKey);
  }
}

export function devKeyDir(dataDir: string): string {
  return join(dataDir, 'dev-auth');
}
