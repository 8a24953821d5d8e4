import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevSigningKey } from '../src/infrastructure/auth/dev-signing-key';

/**
 * The attacks come from an authenticated caller: a valid token is the hardest case, since every
 * limit must hold after authentication too. The service verifies this key's tokens through
 * AUTH_PUBLIC_KEY_FILE, exactly as it would a real issuer's.
 */
export class AttackerKey {
  private readonly key = DevSigningKey.ephemeral('wallet-abuse', 'wallet-service');
  private readonly dir = mkdtempSync(join(tmpdir(), 'wallet-abuse-auth-'));

  serviceEnv(): Record<string, string> {
    const file = join(this.dir, 'issuer.pem');
    writeFileSync(file, this.key.publicKey.export({ type: 'spki', format: 'pem' }));
    return { AUTH_PUBLIC_KEY_FILE: file, AUTH_ISSUER: this.key.issuer, AUTH_AUDIENCE: this.key.audience };
  }

  async authorization(sub = 'mallory'): Promise<string> {
    return `Bearer ${await this.key.sign({ sub, ttl: '2h' })}`;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The Authorization header line of a raw HTTP request, when the target has a token. */
export const authorizationLine = (authorization?: string) => (authorization ? `Authorization: ${authorization}\r\n` : '');
