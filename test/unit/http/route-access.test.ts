import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { NO_METRICS, RefusalReason } from '../../../src/application/service-metrics.port';
import { clientAddress } from '../../../src/http/caller-key';
import { edgeLog } from '../../../src/http/edge-log';
import { RateLimiter } from '../../../src/http/rate-limit';
import { routeAccess } from '../../../src/http/route-access';
import { DevSigningKey } from '../../../src/infrastructure/auth/dev-signing-key';
import { JwtVerifier } from '../../../src/infrastructure/auth/jwt-verifier';
import { createLogger } from '../../../src/observability/pino-logger';

/**
 * Which bucket pays and which refusal is counted, over real HTTP: every bucket holds 2 tokens and
 * refills too slowly to matter. The address pays for each token it has not shown before; a caller pays for each request.
 */
describe('routeAccess: the buckets and the refusals they count', () => {
  const key = DevSigningKey.ephemeral();
  const refusals: RefusalReason[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const rateLimits = { perSecond: 0.001, burst: 2, maxCallers: 100, addressPerSecond: 0, addressBurst: 0 };
    const access = routeAccess({
      tokens: new JwtVerifier({ key: key.publicKey, issuer: key.issuer, audience: key.audience }),
      rateLimiter: new RateLimiter(rateLimits),
      rateLimits,
      ceiling: () => true,
      callerKey: clientAddress,
      metrics: { ...NO_METRICS, refused: (reason) => refusals.push(reason) },
      log: edgeLog(createLogger({ level: 'silent' })),
    });
    server = createServer((req, res) => {
      void access.identified(req, res).then((caller) => caller && res.end(caller.id));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  });

  const status = async (token?: string) =>
    (await fetch(url, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } })).status;

  it("counts an empty caller's bucket as rate_limited_caller and an empty address's as rate_limited_address", async () => {
    const [alice, bob, carol] = await Promise.all(['alice', 'bob', 'carol'].map((sub) => key.sign({ sub })));
    expect(await status(alice)).toBe(200); // the address pays for a new token (1 left), alice pays (1 left)
    expect(await status(alice)).toBe(200); // known: alice pays (0 left)
    expect(await status(alice)).toBe(429);
    expect(refusals).toEqual(['rate_limited_caller']);
    expect(await status(bob)).toBe(200); // the address pays its last token
    expect(await status(carol)).toBe(429);
    expect(await status()).toBe(429);
    expect(refusals).toEqual(['rate_limited_caller', 'rate_limited_address', 'rate_limited_address']);
  });
});
