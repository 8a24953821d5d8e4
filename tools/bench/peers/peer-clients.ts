import { Currency } from '../../../src/domain/currency';
import { formatMoney } from '../../../src/domain/money';
import { AMOUNT } from '../baseline';
import { LoadClient, Step } from '../closed-loop';
import { field, HttpClient, jsonBody } from '../../kit/http-client';
import { PEER_CREATE, PEER_INCREASE } from './apollo-peer-schema';

/** Which peer server: a bare node:http + SDK server, or a plain Apollo Server 5 (see tools/bench/peers). */
export type PeerKind = 'bare' | 'apollo';

export function isPeer(target: string): target is PeerKind {
  return target === 'bare' || target === 'apollo';
}

/** A client of a peer, as the bench's service clients are: it sends its last known version, and retries with a conflict's. */
export class PeerClient {
  constructor(
    private readonly kind: PeerKind,
    private readonly http: HttpClient,
  ) {}

  async createWallet(): Promise<{ id: string; version: number }> {
    const answer = this.kind === 'bare' ? await this.post('/wallets', {}) : await this.graphql(PEER_CREATE, {});
    const wallet = this.kind === 'bare' ? field(answer, 'wallet') : field(answer, 'result');
    const id = field(wallet, 'id');
    const version = field(wallet, 'version');
    if (typeof id !== 'string' || typeof version !== 'number') throw new Error(`The ${this.kind} peer answered ${JSON.stringify(answer)}`);
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

  private async increase(variables: Record<string, unknown> & { walletId: string; expectedVersion: number }) {
    const answer =
      this.kind === 'bare'
        ? await this.post('/increase', { walletId: variables.walletId, expectedVersion: variables.expectedVersion })
        : field(await this.graphql(PEER_INCREASE, variables), 'result');
    const kind = this.kind === 'bare' ? field(answer, 'kind') : field(answer, '__typename');
    const next = field(answer, 'wallet', 'version');
    if (
      typeof next !== 'number' ||
      !(kind === 'increased' || kind === 'BalanceIncreased' || kind === 'conflict' || kind === 'VersionConflict')
    ) {
      throw new Error(`The ${this.kind} peer answered ${JSON.stringify(answer)}`);
    }
    return { kind: kind === 'increased' || kind === 'BalanceIncreased' ? ('success' as const) : ('conflict' as const), next };
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const { status, body: answer } = jsonBody(await this.http.post(path, body), `POST ${path}`);
    if (status !== 200) throw new Error(`POST ${path} answered ${status}: ${JSON.stringify(answer).slice(0, 300)}`);
    return answer;
  }

  private async graphql(query: string, variables: Record<string, unknown>): Promise<unknown> {
    const body = await this.post('/graphql', { query, variables });
    if (field(body, 'errors') !== undefined) throw new Error(`The Apollo peer answered ${JSON.stringify(body).slice(0, 300)}`);
    return field(body, 'data');
  }
}
