import { IncomingMessage } from 'node:http';
import { addressKey } from './client-address';

/** Whose budget a request spends. */
export type CallerKey = (req: IncomingMessage) => string;

/**
 * Today: the client address. Once requests carry an authenticated identity, key by it instead (e.g. the
 * JWT `sub`, falling back to the address for anonymous requests): pass that function to createApp.
 * (Behind a proxy the address is the proxy's: key by the identity, never by a client-supplied header.)
 */
export const clientAddress: CallerKey = (req) => addressKey(req.socket.remoteAddress);
