import { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Reads a request body of at most `maxBytes`, counting while it arrives. Past the limit (or when
 * Content-Length already says so) it answers 413 at once, keeps nothing more and closes the
 * connection: a 255 MB chunked body costs what its first megabyte does. (A client still sending may
 * see the reset of the closed connection before it reads the 413: it has been refused either way.)
 * Resolves the body's bytes, or undefined when the request has been answered (413) or abandoned by the client.
 */
export function readLimitedBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((done) => {
    const refuse = () => {
      req.removeAllListeners('data');
      req.pause();
      res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
      res.end(`Request body too large: the limit is ${maxBytes} bytes\n`);
      res.once('finish', () => req.destroy());
      done(undefined);
    };
    // Already answered and closed (a body too slow, body-rate.ts): nothing more will come.
    if (req.destroyed || res.writableEnded) return done(undefined);
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) return refuse();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) refuse();
      else chunks.push(chunk);
    });
    req.once('end', () => done(Buffer.concat(chunks)));
    // A client that goes away mid-body: nothing to answer, nothing worth an error line.
    req.once('error', () => done(undefined));
    req.once('aborted', () => done(undefined));
    req.once('close', () => done(undefined));
  });
}
