import { performance } from 'node:perf_hooks';
import { JwtVerifier } from '../../src/infrastructure/auth/jwt-verifier';
import { TokenIssuer } from '../kit/token-issuer';

export interface VerificationCost {
  readonly verifications: number;
  /** Microseconds per request whose token was not seen before (signature checked). */
  readonly firstSightMicros: number;
  /** Microseconds per request that repeats a verified token (answered from the cache). */
  readonly cachedMicros: number;
}

/** What proving the caller costs per request, in this process, with the service's own verifier. */
export async function measureVerificationCost(issuer: TokenIssuer, verifications = 2_000): Promise<VerificationCost> {
  const verifier = new JwtVerifier({ key: issuer.key.publicKey, issuer: issuer.key.issuer, audience: issuer.key.audience });
  const tokens = await Promise.all(Array.from({ length: verifications }, (_, i) => issuer.key.sign({ sub: `client-${i}` })));
  const timed = async (token: (i: number) => string) => {
    const started = performance.now();
    for (let i = 0; i < verifications; i++) await verifier.verify(token(i));
    return ((performance.now() - started) * 1000) / verifications;
  };
  const firstSightMicros = await timed((i) => tokens[i]);
  const cachedMicros = await timed((i) => tokens[i % 32]);
  return { verifications, firstSightMicros, cachedMicros };
}

export function renderVerificationCost(cost: VerificationCost): string {
  return [
    '## Cost of authentication per request',
    '',
    `Every request carries a bearer JWT (ES256). The service's own verifier (jose), ${cost.verifications} verifications in the bench process:`,
    '',
    '| token | µs per request |',
    '|---|---:|',
    `| first sight (signature, exp, iss, aud checked) | ${cost.firstSightMicros.toFixed(1)} |`,
    `| seen before (cached until it expires) | ${cost.cachedMicros.toFixed(1)} |`,
    '',
    'The service scenarios above include this cost: each client keeps one token, so after its first request it is a cache hit.',
    '',
  ].join('\n');
}
