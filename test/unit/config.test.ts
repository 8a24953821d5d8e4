import { readConfig } from '../../src/config';

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

  it.each([{ PORT: 'abc' }, { PORT: '70000' }, { DYNAMODB_ENDPOINT: 'not a url' }, { PLAYGROUND: 'maybe' }])('refuses %j with a clear message', (env) => {
    expect(() => readConfig(env)).toThrow(/must be/);
  });
});
