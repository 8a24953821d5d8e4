import { IncomingMessage } from 'node:http';

/**
 * The path of a request, or undefined when its target is malformed (`//%%%/graphql`, a bad `%` escape):
 * that is the client's mistake, answered 400, not a server failure. The target is always read as a path,
 * never as a scheme-relative URL with a host of its own.
 */
export function requestPath(req: IncomingMessage): string | undefined {
  const target = req.url ?? '/';
  if (!target.startsWith('/')) return undefined;
  try {
    const { pathname } = new URL(`http://localhost${target}`);
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return undefined;
  }
}
