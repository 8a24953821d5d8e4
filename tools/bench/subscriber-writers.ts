import { performance } from 'node:perf_hooks';
import { formatMoney } from '../../src/domain/money';
import { field } from '../kit/http-client';
import { AMOUNT } from './baseline';
import { ServiceClient } from './service-client';
import { Commit } from './subscriber-layout';

const INCREASE = `mutation Feed($walletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!) {
  increaseBalance(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion) {
    __typename
    ... on BalanceIncreased { wallet { version } }
  }
}`;

/** One writer on its caller's wallet: the only writer there, so every increase commits (no conflicts). */
export interface FeedWriter {
  readonly service: ServiceClient;
  readonly walletId: string;
  version: number;
}

export interface WriterRun {
  readonly commits: Commit[];
  /** Every mutation's HTTP round trip, in ms. */
  readonly requestLatencies: number[];
  readonly elapsedMs: number;
}

/**
 * Each writer increases its wallet in a closed loop until the deadline; a commit's time is the moment
 * its HTTP answer arrives (what a writer knows as "committed"), on the same clock as the arrivals.
 */
export async function writeFor(writers: readonly FeedWriter[], seconds: number, stop: AbortSignal): Promise<WriterRun> {
  const commits: Commit[] = [];
  const requestLatencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const variables = { amount: formatMoney(AMOUNT), currency: AMOUNT.currency };
  await Promise.all(
    writers.map(async (writer) => {
      while (performance.now() < deadline && !stop.aborted) {
        const sent = performance.now();
        const answer = await writer.service.graphql(INCREASE, { ...variables, walletId: writer.walletId, expectedVersion: writer.version });
        const atMs = performance.now();
        const version = field(answer, 'increaseBalance', 'wallet', 'version');
        if (typeof version !== 'number') throw new Error(`increaseBalance answered ${JSON.stringify(answer).slice(0, 200)}`);
        writer.version = version;
        requestLatencies.push(atMs - sent);
        commits.push({ walletId: writer.walletId, version, atMs });
      }
    }),
  );
  return { commits, requestLatencies, elapsedMs: performance.now() - started };
}
