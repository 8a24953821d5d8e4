import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEFAULT_TOKEN_POLICY, TokenPolicy, TokenVerifier } from '../../application/token-verifier.port';
import { AuthConfig, ConfigError } from '../../config';
import { DEV_AUDIENCE, DEV_ISSUER, DevSigningKey } from './dev-signing-key';
import { JwtVerifier } from './jwt-verifier';

export interface Auth {
  readonly verifier: TokenVerifier;
  /** Only in development: the local key that signs example tokens. */
  readonly devKey?: DevSigningKey;
}

/** The token verifier the configuration asks for. */
export function openAuth(config: AuthConfig, policy: TokenPolicy = DEFAULT_TOKEN_POLICY): Auth {
  switch (config.kind) {
    case 'development': {
      const devKey = DevSigningKey.loadOrCreate(config.keyDir, config.issuer ?? DEV_ISSUER, config.audience ?? DEV_AUDIENCE);
      return { verifier: new JwtVerifier({ key: devKey.publicKey, issuer: devKey.issuer, audience: devKey.audience, policy }), devKey };
    }
    case 'jwks':
      return { verifier: new JwtVerifier({ key: new URL(config.url), issuer: config.issuer, audience: config.audience, policy }) };
    case 'public-key': {
      const key = publicKeyFrom(config.file);
      try {
        return { verifier: new JwtVerifier({ key, issuer: config.issuer, audience: config.audience, policy }) };
      } catch (error) {
        // A key that can verify no accepted algorithm (an RSA key under 2048 bits, an X25519 key) would refuse every token.
        throw new ConfigError(`AUTH_PUBLIC_KEY_FILE ${config.file}: ${(error as Error).message}.`);
      }
    }
    default:
      return unreachable(config);
  }
}

function publicKeyFrom(file: string) {
  try {
    return createPublicKey(readFileSync(file));
  } catch (error) {
    throw new ConfigError(`AUTH_PUBLIC_KEY_FILE must name a PEM public key; ${file}: ${(error as Error).message}`);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unknown auth configuration ${JSON.stringify(value)}`);
}
