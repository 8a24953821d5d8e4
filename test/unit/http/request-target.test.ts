import { IncomingMessage } from 'node:http';
import { requestPath } from '../../../src/http/request-target';
import { pageMayCarryToken } from '../../../src/http/service-routes';

const request = (url: string) => ({ url }) as IncomingMessage;

describe('requestPath', () => {
  it('reads origin-form and absolute-form targets (RFC 9112) for their path, and refuses what is malformed', () => {
    expect(requestPath(request('/graphql?x=1'))).toBe('/graphql');
    expect(requestPath(request('http://evil.example/health'))).toBe('/health');
    expect(requestPath(request('HTTPS://host:4000/graphql?query=%7B%7D'))).toBe('/graphql');
    expect(requestPath(request('http://host'))).toBe('/');
    expect(requestPath(request('http://host?x'))).toBe('/');
    // Never a host of its own: a scheme-relative path stays a path.
    expect(requestPath(request('//evil.example/graphql'))).toBe('//evil.example/graphql');
    expect(requestPath(request('//%%%/graphql'))).toBeUndefined();
    expect(requestPath(request('*'))).toBeUndefined();
    expect(requestPath(request('ftp://host/graphql'))).toBeUndefined();
  });
});

describe("the Playground page's development token", () => {
  const page = (host: string, remoteAddress: string) => ({ headers: { host }, socket: { remoteAddress } }) as unknown as IncomingMessage;

  it('is in a page asked for from this machine by one of its names', () => {
    expect(pageMayCarryToken(page('localhost:4000', '127.0.0.1'))).toBe(true);
    expect(pageMayCarryToken(page('127.0.0.1:4000', '::ffff:127.0.0.1'))).toBe(true);
    expect(pageMayCarryToken(page('[::1]:4000', '::1'))).toBe(true);
  });

  it('is not in a page asked for from another address, whatever Host it sends, nor by another name', () => {
    // A client on the network that writes `Host: localhost` itself got alice's token before.
    expect(pageMayCarryToken(page('localhost:4000', '10.1.2.3'))).toBe(false);
    expect(pageMayCarryToken(page('localhost', '::ffff:10.1.2.3'))).toBe(false);
    expect(pageMayCarryToken(page('10.1.2.3:4000', '127.0.0.1'))).toBe(false);
    expect(pageMayCarryToken(page('evil.example', '127.0.0.1'))).toBe(false);
  });

  it("is not in a page another site's script asks for (an Origin header: CORS_ORIGINS=* would let it read the page)", () => {
    const fetched = { headers: { host: 'localhost:4000', origin: 'https://evil.example' }, socket: { remoteAddress: '127.0.0.1' } };
    expect(pageMayCarryToken(fetched as unknown as IncomingMessage)).toBe(false);
  });

  it('with PLAYGROUND_TOKEN_ANY_ADDRESS (a container published on loopback), is in a page asked for by a local name from any address', () => {
    expect(pageMayCarryToken(page('localhost:4000', '172.18.0.1'), true)).toBe(true);
    expect(pageMayCarryToken(page('10.1.2.3:4000', '172.18.0.1'), true)).toBe(false);
  });
});
