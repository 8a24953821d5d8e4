import { Currency } from '../../../src/domain/currency';
import { formatMoney } from '../../../src/domain/money';
import { AMOUNT } from '../baseline';
import { LoadClient, Step } from '../closed-loop';
import { field, HttpClient, jsonBody } from '../../kit/http-client';
import { IncreaseArgs, PEER_CREATE, PEER_INCREASE } from './apollo-peer-schema';

/** How a peer server is built: a bare node:http + SDK server, or a plain Apollo Server 5 (see tools/bench/peers). */
export type PeerServer = 'bare' | 'apollo';

/**
 * Which peer: the server, on the service's own DynamoDB client (`bare`, `apollo`), or on the SDK's defaults as
 * a hand-written server has them (`bare-sdk`, `apollo-sdk`: stock-items.ts).
 */
export type PeerKind = PeerServer | `${PeerServer}-sdk`;

export const PEER_KINDS: readonly PeerKind[] = ['bare', 'apollo', 'bare-sdk', 'apollo-sdk'];

export function isPeer(target: string): target is PeerKind {
  return (PEER_KINDS as readonly string[]).includes(target);
}

/** The server a peer runs. */
export function serverOf(kind: PeerKind): PeerServer {
  return kind.startsWith('bare') ? 'bare' : 'apollo';
}

/** Whether a peer runs on the SDK's defaults rather than the service's client. */
export function onSdkDefaults(kind: PeerKind): boolean {
  return kind.endsWith('-sdk');
}

interface PeerRequest {
  readonly path: string;
  readonly body: unknown;
}

/**
 * How each peer is asked: the bare peer by path and plain JSON, the Apollo peer by a GraphQL document.
 * Both answer in the GraphQL response shape, `{ "data": { "result": ... } }`, so the answers are read one way.
 */
const REQUESTS: Record<PeerServer, { create: PeerRequest; increase: (variables: IncreaseArgs) => PeerRequest }> = {
  bare: {
    create: { path: '/wallets', body: {} },
    increase: ({ walletId, expectedVersion }) => ({ path: '/increase', body: { walletId, expectedVersion } }),
  },
  apollo: {
    create: { path: '/graphql', body: { query: PEER_CREATE, variables: {} } },
    increase: (variables) => ({ path: '/graphql', body: { query: PEER_INCREASE, variables } }),
  },
};

/** A client of a peer, as the bench's service clients are: it sends its last known version, and retries with a conflict's. */
export class PeerClient {
  constructor(
    private readonly kind: PeerKind,
    private readonly http: HttpClient,
  ) {}

  async createWallet(): Promise<{ id: string; version: number }> {
    const wallet = await this.result(REQUESTS[serverOf(this.kind)].create);
    const id = field(wallet, 'id');
    const version = field(wallet, 'version');
    if (typeof id !== 'string' || typeof version !== 'number') throw new Error(`The ${this.kind} peer answered ${JSON.stringify(wallet)}`);
    return { id, version };
  }

  client(walletId: string, version: number): LoadClient {
    let expectedVersion = version;
    const variables = { walletId, amount: formatMoney(AMOUNT), currency: Currency.GBP };
    return {
      step: async (): Promise<Step> => {
        const { kind, next } = await this.increase({ ...variables, expectedVersion });
        expectedVersion = next;
        return kind;
      },
    };
  }

  private async increase(variables: IncreaseArgs) {
    const answer = await this.result(REQUESTS[serverOf(this.kind)].increase(variables));
    const kind = field(answer, '__typename');
    const next = field(answer, 'wallet', 'version');
    if (typeof next !== 'number' || !(kind === 'BalanceIncreased' || kind === 'VersionConflict')) {
      throw new Error(`The ${this.kind} peer answered ${JSON.stringify(answer)}`);
    }
    return { kind: kind === 'BalanceIncreased' ? ('success' as const) : ('conflict' as const), next };
  }

  /** The `result` of a GraphQL-shaped answer; an answer with `errors`, or not 200, stops the bench. */
  private async result({ path, body }: PeerRequest): Promise<unknown> {
    const { status, body: answer } = jsonBody(await this.http.post(path, body), `POST ${path}`);
    if (status !== 200 || field(answer, 'errors') !== undefined) {
      throw new Error(`The ${this.kind} peer answered POST ${path} with ${status}: ${JSON.stringify(answer).slice(0, 300)}`);
    }
    return field(answer, 'data', 'result');
  }
}
