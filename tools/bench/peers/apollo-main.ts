import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { peerResolvers, PEER_TYPE_DEFS } from './apollo-peer-schema';
import { answer, bodyOf, startPeer } from './peer-process';

/**
 * The bench's "Apollo" peer: a hand-written Apollo Server 5 on node:http, as its documentation
 * shows an integration (executeHTTPGraphQLRequest), with a tiny schema and no authentication, no
 * limits, no plugins. It sends the same conditional TransactWriteItems as the service.
 */
startPeer('Apollo peer', async (wallets) => {
  const apollo = new ApolloServer({ typeDefs: PEER_TYPE_DEFS, resolvers: peerResolvers(wallets) });
  await apollo.start();
  return (req, res) => void handle(apollo, req, res);
});

async function handle(apollo: ApolloServer, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const body = await bodyOf(req);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'GET',
        headers,
        search: new URL(req.url ?? '/', 'http://localhost').search,
        body: body === '' ? undefined : JSON.parse(body),
      },
      context: async () => ({}),
    });
    if (response.body.kind !== 'complete') return answer(res, 500, 'Incremental delivery is not used here');
    // Headers set, not written: end() then sends them with the body, with a Content-Length, in one write.
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.end(response.body.string);
  } catch (error) {
    answer(res, 500, error instanceof Error ? error.message : String(error));
  }
}
