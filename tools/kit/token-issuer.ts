import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevSigningKey, devKeyDir } from '../../src/infrastructure/auth/dev-signing-key';

/**
 * The bearer tokens a tool sends. Either the tool is its own issuer (a fresh key pair whose public
 * half the service verifies through AUTH_PUBLIC_KEY_FILE, exactly as it would a real issuer's), or it
 * signs with the development key the service keeps in its DATA_DIR.
 */
export class TokenIssuer {
  private constructor(
    readonly key: DevSigningKey,
    /** Where the public key file of an ephemeral issuer lives; removed by dispose(). */
    private readonly dir?: string,
  ) {}

  /** A key pair of the tool's own, named as the tokens' issuer (`wallet-bench`, `wallet-abuse`). */
  static ephemeral(issuer: string): TokenIssuer {
    return new TokenIssuer(DevSigningKey.ephemeral(issuer, 'wallet-service'), mkdtempSync(join(tmpdir(), `${issuer}-auth-`)));
  }

  /** The development key of a service started with this DATA_DIR (made here first, so both use the same). */
  static serviceDevKey(dataDir: string): TokenIssuer {
    return new TokenIssuer(DevSigningKey.loadOrCreate(devKeyDir(dataDir)));
  }

  /** The service's environment for verifying this issuer's tokens (none for the service's own key). */
  serviceEnv(): Record<string, string> {
    if (!this.dir) return {};
    const file = join(this.dir, 'issuer.pem');
    writeFileSync(file, this.key.publicKey.export({ type: 'spki', format: 'pem' }));
    return { AUTH_PUBLIC_KEY_FILE: file, AUTH_ISSUER: this.key.issuer, AUTH_AUDIENCE: this.key.audience };
  }

  /** The Authorization header value for `sub`. */
  async authorization(sub: string, ttl = '2h'): Promise<string> {
    return `Bearer ${await this.key.sign({ sub, ttl })}`;
  }

  dispose(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
