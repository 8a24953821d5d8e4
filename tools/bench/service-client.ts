import { setTimeout as sleep } from 'node:timers/promises';
import { Currency } from '../../src/domain/currency';
import { formatMoney } from '../../src/domain/money';
import { AMOUNT } from './baseline';
import { LoadClient, Step } from './closed-loop';
import { field, HttpAnswer, HttpClient, jsonBody } from '../kit/http-client';

/** What a lean client asks for: enough to know the outcome and the version to base the next change on. */
const INCREASE = `mutation Increase($walletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!) {
  result: increaseBalance(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion) {
    __typename
    ... on BalanceIncreased { wallet { id balance version } }
    ... on VersionConflict { actualVersion wallet { id balance version } }
    ... on DomainError { code message }
  }
}`;
const CREATE =
  'mutation Create($currency: Currency!) { result: createWallet(currency: $currency) { __typename ... on WalletCreated { wallet { id version } } } }';
const READ = 'query Read($id: ID!) { wallet(id: $id) { version balance } }';

/** The service seen through GraphQL over HTTP, as the benchmark's clients use it. */
export class ServiceClient {
  constructor(
    private readonly http: HttpClient,
    /** The Authorization header of the bench's clients. */
    private readonly authorization?: string,
  ) {}

  /** A new wallet; the service remembers it, so its first increase needs no read. */
  async createWallet(): Promise<{ id: string; version: number }> {
    const answer = await this.graphql(CREATE, { currency: Currency.GBP }, true);
    const id = field(answer, 'result', 'wallet', 'id');
    const version = field(answer, 'result', 'wallet', 'version');
    if (typeof id !== 'string' || typeof version !== 'number') throw new Error(`createWallet answered ${JSON.stringify(answer)}`);
    return { id, version };
  }

  async version(walletId: string): Promise<number> {
    const version = field(await this.graphql(READ, { id: walletId }), 'wallet', 'version');
    if (typeof version !== 'number') throw new Error(`No wallet ${walletId}`);
    return version;
  }

  /**
   * A client on one wallet. It remembers the version of its last answer and sends it as
   * expectedVersion; a VersionConflict carries the wallet as it is now, so the retry uses that.
   */
  client(walletId: string, version: number): LoadClient {
    let expectedVersion = version;
    const variables = { walletId, amount: formatMoney(AMOUNT), currency: AMOUNT.currency };
    return {
      step: async (): Promise<Step> => {
        const answer = await this.graphql(INCREASE, { ...variables, expectedVersion });
        const kind = field(answer, 'result', '__typename');
        const next = field(answer, 'result', 'wallet', 'version');
        if ((kind !== 'BalanceIncreased' && kind !== 'VersionConflict') || typeof next !== 'number') {
          throw new Error(`increaseBalance answered ${JSON.stringify(answer)}`);
        }
        expectedVersion = next;
        return kind === 'BalanceIncreased' ? 'success' : 'conflict';
      },
    };
  }

  /** `reconnect`: only for requests that are harmless twice (a wallet made too many); an increase is never sent again. */
  async graphql(query: string, variables: Record<string, unknown>, reconnect = false): Promise<unknown> {
    const headers: Record<string, string> = this.authorization ? { authorization: this.authorization } : {};
    const send = () => this.http.post('/graphql', { query, variables }, headers);
    const { status, body } = jsonBody(await (reconnect ? this.connected(send) : send()), 'POST /graphql');
    const errors = field(body, 'errors');
    if (status !== 200 || errors !== undefined) throw new Error(`GraphQL answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
    return field(body, 'data');
  }

  /**
   * A connection the service closed before reading the request is tried again (at most 5 times): at the
   * start of a scenario the edge may still count the previous scenario's sockets against its per-address
   * ceiling (32), and close a new one at once. Any other failure stands.
   */
  private async connected(send: () => Promise<HttpAnswer>): Promise<HttpAnswer> {
    for (let attempt = 1; ; attempt++) {
      const answer = await send();
      if (answer.kind === 'body' || answer.cause !== 'connection' || attempt >= 5) return answer;
      await sleep(200 * attempt);
    }
  }
}
