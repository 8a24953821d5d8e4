import { IncomingMessage } from 'node:http';
import { bearerToken } from '../../../src/http/authentication';

/** The header as Node hands it over: leading and trailing whitespace already trimmed by its parser. */
const presented = (authorization: string) => bearerToken({ headers: { authorization: authorization.trim() } } as IncomingMessage);
const TOKEN = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';

describe('bearerToken (RFC 6750: the scheme in any case, one or more spaces, then the token)', () => {
  it.each([`Bearer ${TOKEN}`, `bearer ${TOKEN}`, `BEARER ${TOKEN}`, `Bearer    ${TOKEN}`, `Bearer ${TOKEN}   `, `  Bearer ${TOKEN}`])(
    'accepts %j',
    (header) => {
      expect(presented(header)).toEqual({ token: TOKEN });
    },
  );

  it.each([`Bearer\t${TOKEN}`, `Bearer${TOKEN}`, `Token ${TOKEN}`, `Bearer ${TOKEN}==`, `Bearer ${TOKEN} extra`, `Basic ${TOKEN}`])(
    'refuses %j as not "Bearer <token>"',
    (header) => {
      expect(presented(header)).toEqual({ ok: false, problem: 'The Authorization header is not "Bearer <token>".', tokenGiven: true });
    },
  );
});
