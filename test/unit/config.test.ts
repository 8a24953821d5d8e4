import { ConfigError, readConfig, readLogSettings } from '../../src/config';
import { DEFAULT_LIMITS } from '../../src/http/limits';
import { DEFAULT_SUBSCRIPTION_LIMITS } from '../../src/http/subscriptions/subscription-limits';

describe('readConfig', () => {
  it('needs no configuration: embedded DynamoDB Local, port 4000, Playground on', () => {
    expect(readConfig({})).toMatchObject({ port: 4000, tableName: 'wallets', store: { kind: 'embedded' }, playground: true });
  });

  it('uses DYNAMODB_ENDPOINT when given, and AWS on request', () => {
    expect(readConfig({ DYNAMODB_ENDPOINT: 'http://localhost:8000/' }).store).toEqual({
      kind: 'endpoint',
      endpoint: 'http://localhost:8000',
    });
    expect(readConfig({ WALLET_STORE: 'aws', AWS_REGION: 'eu-west-1' })).toMatchObject({ store: { kind: 'aws' }, region: 'eu-west-1' });
  });

  it('bounds each attempt of a DynamoDB request: 5 s unless DYNAMODB_REQUEST_TIMEOUT_MS says otherwise', () => {
    expect(readConfig({}).storeRequestTimeoutMs).toBe(5_000);
    expect(readConfig({ DYNAMODB_REQUEST_TIMEOUT_MS: '1500' }).storeRequestTimeoutMs).toBe(1_500);
    expect(() => readConfig({ DYNAMODB_REQUEST_TIMEOUT_MS: '0' })).toThrow(ConfigError);
    expect(() => readConfig({ DYNAMODB_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
  });

  it('stores wallets in a SQLite file under DATA_DIR with WALLET_STORE=sqlite', () => {
    expect(readConfig({ WALLET_STORE: 'sqlite', DATA_DIR: '/data' }).store).toEqual({ kind: 'sqlite', file: '/data/wallets.sqlite' });
    expect(readConfig({ WALLET_STORE: 'SQLite', SQLITE_FILE: '/elsewhere/w.db' }).store).toEqual({
      kind: 'sqlite',
      file: '/elsewhere/w.db',
    });
    expect(() => readConfig({ WALLET_STORE: 'mongodb' })).toThrow(/^WALLET_STORE must be aws or sqlite/);
  });

  it("refuses a metrics port that is the API's", () => {
    expect(() => readConfig({ METRICS_PORT: '4000' })).toThrow(/^METRICS_PORT must differ from PORT/);
    expect(() => readConfig({ PORT: '9100', METRICS_PORT: '9100' })).toThrow(ConfigError);
    expect(readConfig({ PORT: '0', METRICS_PORT: '0' }).metrics).toEqual({ port: 0, host: '127.0.0.1' });
  });

  it('refuses settings that name two stores, one of which would be ignored', () => {
    // The endpoint won, and AWS's credentials were silently swapped for DynamoDB Local's dummies.
    expect(() => readConfig({ WALLET_STORE: 'aws', DYNAMODB_ENDPOINT: 'http://localhost:8000' })).toThrow(
      /^DYNAMODB_ENDPOINT names a DynamoDB Local, WALLET_STORE=aws another store/,
    );
    expect(() => readConfig({ WALLET_STORE: 'sqlite', DYNAMODB_ENDPOINT: 'http://localhost:8000' })).toThrow(ConfigError);
    expect(() => readConfig({ SQLITE_FILE: '/data/w.db' })).toThrow(/^SQLITE_FILE is read with WALLET_STORE=sqlite only/);
    expect(() => readConfig({ WALLET_STORE: 'aws', SQLITE_FILE: '/data/w.db' })).toThrow(ConfigError);
  });

  const KEYED = { AUTH_PUBLIC_KEY_FILE: '/keys/issuer.pem', AUTH_ISSUER: 'https://issuer.example/', AUTH_AUDIENCE: 'wallet-service' };

  it('turns the Playground off in production unless asked for', () => {
    expect(readConfig({ NODE_ENV: 'production', ...KEYED }).playground).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', PLAYGROUND: 'true', ...KEYED }).playground).toBe(true);
  });

  it('verifies tokens by a development key under DATA_DIR when no key is configured outside production', () => {
    expect(readConfig({ DATA_DIR: '/data' }).auth).toEqual({
      kind: 'development',
      dataDir: '/data',
      keyDir: '/data/dev-auth',
      issuer: undefined,
      audience: undefined,
    });
  });

  it('fails closed: production without a key to verify tokens by refuses to start, in one line', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(
      /^NODE_ENV=production needs a key .*AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE[^\n]*$/,
    );
  });

  it('takes a public key file or a JWKS URL, each with issuer and audience', () => {
    expect(readConfig({ NODE_ENV: 'production', ...KEYED }).auth).toEqual({
      kind: 'public-key',
      file: '/keys/issuer.pem',
      issuer: 'https://issuer.example/',
      audience: 'wallet-service',
    });
    const jwks = { AUTH_JWKS_URL: 'https://issuer.example/jwks.json', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' };
    expect(readConfig({ NODE_ENV: 'production', ...jwks }).auth).toEqual({
      kind: 'jwks',
      url: 'https://issuer.example/jwks.json',
      issuer: 'i',
      audience: 'a',
    });
    expect(() => readConfig({ NODE_ENV: 'production', ...jwks, AUTH_JWKS_URL: 'http://issuer.example/jwks.json' })).toThrow(/https/);
    expect(() => readConfig({ AUTH_JWKS_URL: 'https://issuer.example/jwks.json' })).toThrow(/AUTH_ISSUER and AUTH_AUDIENCE/);
    expect(() => readConfig({ ...KEYED, ...jwks })).toThrow(/not both/);
  });

  it.each(['production', 'Production', 'PRODUCTION', 'prod', 'staging', 'develop', ' production '])(
    'treats NODE_ENV=%j as production',
    (NODE_ENV) => {
      expect(readConfig({ NODE_ENV, ...KEYED })).toMatchObject({ production: true, playground: false });
      // ... and so needs a token key: a typo cannot switch authentication to development keys either.
      expect(() => readConfig({ NODE_ENV })).toThrow(ConfigError);
    },
  );

  it.each(['development', 'Development', 'test', 'TEST', '', undefined])('treats NODE_ENV=%j as development', (NODE_ENV) => {
    expect(readConfig({ NODE_ENV })).toMatchObject({ production: false, playground: true });
  });

  it('listens on loopback unless HOST says otherwise', () => {
    expect(readConfig({}).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('refuses a HOST or METRICS_HOST that is neither an IP address nor a host name, before anything starts', () => {
    for (const host of ['::', '::1', '10.0.0.7', 'localhost', 'wallet-1.internal', 'api.example.com.', 'wallet_api', '1password.example'])
      expect(readConfig({ HOST: host }).host).toBe(host);
    for (const host of ['http://0.0.0.0', '0.0.0.0:4000', 'local host', '-wallet', '[::1]', 'a'.repeat(254), '300.1.1.1', '10.0.0']) {
      expect(() => readConfig({ HOST: host })).toThrow(
        `HOST must be an IP address (such as 127.0.0.1 or 0.0.0.0) or a host name; got "${host}"`,
      );
      expect(() => readConfig({ METRICS_PORT: '9464', METRICS_HOST: host })).toThrow(/^METRICS_HOST must be an IP address/);
    }
  });

  it('has a default for every limit, each overridable', () => {
    expect(readConfig({}).limits).toEqual(DEFAULT_LIMITS);
    const limits = readConfig({
      MAX_QUERY_COST: '500',
      MAX_BODY_BYTES: '2048',
      REQUEST_TIMEOUT_MS: '1000',
      RATE_LIMIT_PER_SECOND: '0',
      MAX_CONNECTIONS_PER_ADDRESS: '0',
      RESERVED_CONNECTIONS: '10',
      RESERVED_FOR_ADDRESSES_BELOW: '2',
      MIN_BODY_BYTES_PER_SECOND: '100',
      BODY_GRACE_MS: '500',
      ADDRESS_RATE_LIMIT_PER_SECOND: '20',
      ADDRESS_RATE_LIMIT_BURST: '40',
    }).limits;
    expect(limits).toMatchObject({
      query: { maxCost: 500 },
      http: {
        maxBodyBytes: 2048,
        requestTimeoutMs: 1000,
        maxConnectionsPerAddress: 0,
        reservedConnections: 10,
        reservedForAddressesBelow: 2,
        minBodyBytesPerSecond: 100,
        bodyGraceMs: 500,
      },
      rate: { perSecond: 0, addressPerSecond: 20, addressBurst: 40 },
    });
  });

  it('keeps a quarter of the WebSocket slots for unauthenticated sockets unless MAX_UNAUTHENTICATED_WEBSOCKETS says otherwise', () => {
    expect(readConfig({}).subscriptionLimits).toEqual(DEFAULT_SUBSCRIPTION_LIMITS);
    expect(DEFAULT_SUBSCRIPTION_LIMITS.maxUnauthenticatedConnections).toBe(DEFAULT_SUBSCRIPTION_LIMITS.maxConnections / 4);
    expect(readConfig({ MAX_UNAUTHENTICATED_WEBSOCKETS: '10' }).subscriptionLimits.maxUnauthenticatedConnections).toBe(10);
    // All 200 is allowed (no slot kept for the authenticated); more is a mistake, and so is none (nobody could connect).
    for (const wrong of ['0', '201']) expect(() => readConfig({ MAX_UNAUTHENTICATED_WEBSOCKETS: wrong })).toThrow(/from 1 to 200/);
  });

  it('keeps the reserved connections a quarter of a smaller MAX_CONNECTIONS unless set, and below it always', () => {
    expect(readConfig({ MAX_CONNECTIONS: '100' }).limits.http.reservedConnections).toBe(25);
    expect(() => readConfig({ MAX_CONNECTIONS: '100', RESERVED_CONNECTIONS: '100' })).toThrow(/RESERVED_CONNECTIONS must be less than/);
  });

  it.each([
    { MAX_QUERY_COST: '0' },
    { MAX_CONNECTIONS: 'many' },
    { PORT: '70000' },
    { DYNAMODB_ENDPOINT: 'not a url' },
    { PLAYGROUND: 'maybe' },
  ])('refuses %j with a clear message', (env) => {
    expect(() => readConfig(env)).toThrow(/must be/);
  });
});

describe('readLogSettings', () => {
  it('takes a known level in any case, and LOG_PRETTY as any flag; refuses the rest in one line', () => {
    expect(readLogSettings({})).toEqual({ level: 'info', pretty: false });
    expect(readLogSettings({ LOG_LEVEL: 'DEBUG', LOG_PRETTY: 'yes' })).toEqual({ level: 'debug', pretty: true });
    // "verbose" became info, silently: an operator asking for more saw less.
    expect(() => readLogSettings({ LOG_LEVEL: 'verbose' })).toThrow(
      /^LOG_LEVEL must be one of debug, info, warn, error, silent; got "verbose"$/,
    );
    expect(() => readLogSettings({ LOG_PRETTY: 'pretty' })).toThrow(ConfigError);
  });
});
