import { readConfig } from '../../src/config';
import { DEFAULT_LIMITS } from '../../src/http/limits';

describe('readConfig', () => {
  it('needs no configuration: embedded DynamoDB Local, port 4000, Playground on', () => {
    expect(readConfig({})).toMatchObject({ port: 4000, tableName: 'wallets', store: { kind: 'embedded' }, playground: true });
  });

  it('uses DYNAMODB_ENDPOINT when given, and AWS on request', () => {
    expect(readConfig({ DYNAMODB_ENDPOINT: 'http://localhost:8000/' }).store).toEqual({ kind: 'endpoint', endpoint: 'http://localhost:8000' });
    expect(readConfig({ WALLET_STORE: 'aws', AWS_REGION: 'eu-west-1' })).toMatchObject({ store: { kind: 'aws' }, region: 'eu-west-1' });
  });

  it('turns the Playground off in production unless asked for', () => {
    expect(readConfig({ NODE_ENV: 'production' }).playground).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', PLAYGROUND: 'true' }).playground).toBe(true);
  });

  it.each(['production', 'Production', 'PRODUCTION', 'prod', 'staging', 'develop', ' production '])('treats NODE_ENV=%j as production', (NODE_ENV) => {
    expect(readConfig({ NODE_ENV })).toMatchObject({ production: true, playground: false });
  });

  it.each(['development', 'Development', 'test', 'TEST', '', undefined])('treats NODE_ENV=%j as development', (NODE_ENV) => {
    expect(readConfig({ NODE_ENV })).toMatchObject({ production: false, playground: true });
  });

  it('listens on loopback unless HOST says otherwise', () => {
    expect(readConfig({}).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('has a default for every limit, each overridable', () => {
    expect(readConfig({}).limits).toEqual(DEFAULT_LIMITS);
    const limits = readConfig({ MAX_QUERY_COST: '500', MAX_BODY_BYTES: '2048', REQUEST_TIMEOUT_MS: '1000', RATE_LIMIT_PER_SECOND: '0' }).limits;
    expect(limits).toMatchObject({ query: { maxCost: 500 }, http: { maxBodyBytes: 2048, requestTimeoutMs: 1000 }, rate: { perSecond: 0 } });
  });

  it.each([{ MAX_QUERY_COST: '0' }, { MAX_CONNECTIONS: 'many' }, { PORT: '70000' }, { DYNAMODB_ENDPOINT: 'not a url' }, { PLAYGROUND: 'maybe' }])('refuses %j with a clear message', (env) => {
    expect(() => readConfig(env)).toThrow(/must be/);
  });
});
