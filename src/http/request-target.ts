import { IncomingMessage } from 'node:http';

/**
 * The path of a request, or undefined when its target is malformed (`//%%%/graphql`, a bad `%` escape):
 * that is the client's mistake, answered 400, not a server failure. The target is always read as a path,
 * never as a scheme-relative URL with a host of its own. An absolute-form target (`http://host/graphql`, which
 * RFC 9112 has servers accept) is read for its path alone.
 */
export function requestPath(req: IncomingMessage): string | undefined {
  const target = absoluteFormPath(req.url ?? '/');
  if (!target.startsWith('/')) return undefined;
  try {
    const { pathname } = new URL(`http://localhost${target}`);
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return undefined;
  }
}

/** `http://host[:port]/path?query` as `/path?query` (and `http://host` as `/`); any other target as it is. */
function absoluteFormPath(target: string): string {
  const form = /^https?:\/\/[^/?#]*/i.exec(target);
  if (!form) return target;
  const rest = target.slice(form[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}
