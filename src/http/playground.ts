import { createReadStream, existsSync, statSync } from 'node:fs';
import { ServerResponse } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { renderPlaygroundPage } from 'graphql-playground-html';
import { playgroundTabs } from './playground-tabs';
import { plain } from './graphql-handler';

/** Where the page's scripts and styles are served: by this service, never a CDN (it must work offline). */
export const PLAYGROUND_ASSETS = '/playground-assets';

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

/**
 * The Playground's built scripts and styles. `npm run build` copies them into dist/playground-assets (so a
 * production install needs no graphql-playground-react); running from source (the tests) reads the
 * development dependency itself. Looked up on first use: a service with the Playground off needs neither.
 */
let assetsDir: string | undefined;
function playgroundAssetsDir(): string {
  const copied = join(__dirname, '..', 'playground-assets');
  assetsDir ??= existsSync(copied) ? copied : join(dirname(require.resolve('graphql-playground-react/package.json')), 'build');
  return assetsDir;
}

/** The Playground page, pre-filled with example operations, loading everything from this service. */
export function playgroundPage(endpoint: string, headers?: Record<string, string>): string {
  const html = renderPlaygroundPage({
    endpoint,
    // The subscription tab's socket: the same path over ws(s); the tab's headers become its connectionParams.
    subscriptionEndpoint: endpoint.replace(/^http/, 'ws'),
    cdnUrl: PLAYGROUND_ASSETS,
    title: 'Wallet service - GraphQL Playground',
    tabs: playgroundTabs().map((tab) => ({ ...tab, endpoint, ...(headers && { headers }) })),
    settings: { 'request.credentials': 'same-origin', 'schema.polling.enable': false, 'editor.reuseHeaders': true },
  });
  // The page links a web font stylesheet from the internet; the system fonts do without it.
  return html.replace(/<link[^>]+fonts\.googleapis\.com[^>]*>/g, '');
}

/** Serves /playground-assets/graphql-playground-react/build/<file> from the Playground's built assets. */
export function servePlaygroundAsset(path: string, res: ServerResponse): void {
  const prefix = `${PLAYGROUND_ASSETS}/graphql-playground-react/build/`;
  const relative = normalize(decodeURIComponent(path.slice(prefix.length)));
  const root = playgroundAssetsDir();
  const file = join(root, relative);
  const type = TYPES[extname(file)];
  if (!path.startsWith(prefix) || !file.startsWith(root + sep) || !type || !existsSync(file) || !statSync(file).isFile()) {
    plain(res, 404, 'Not found');
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  createReadStream(file).pipe(res);
}
