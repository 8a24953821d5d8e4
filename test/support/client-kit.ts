import { getOperationAST } from 'graphql';
import type { SubscribingClient, WalletEvent } from '../../client/follow-wallet';
import type { WalletFieldsFragment } from '../../client/generated/graphql';
import { Send } from '../../client/transport';

/** A scripted transport for the client kit's retry tests: each call takes the next answer (a value, or an error to throw) and is recorded. */
export function fakeTransport(...answers: unknown[]) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const send = (async (document, variables) => {
    calls.push({ operation: getOperationAST(document as never)?.name?.value ?? '', variables: variables as Record<string, unknown> });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('unexpected extra request');
    if (answer instanceof Error) throw answer;
    return answer;
  }) as Send;
  return { send, calls };
}

/** No back-off wait, and a fixed jitter. */
export const noWait = { wait: async () => undefined, random: () => 0.5 };

/** A wallet as the kit's operations select it (WalletFields), at `version` with `balance` and no pending hold. */
export const walletFields = (version: number, balance: string, id = 'w-1'): WalletFieldsFragment => ({
  __typename: 'Wallet',
  id,
  ownerId: 'alice',
  currency: 'GBP',
  balance,
  availableBalance: balance,
  heldBalance: '0.00',
  version,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** followWallet's handlers, recording what it passes on: the versions, the ends and the reasons it resumed for. */
export function recording() {
  const seen: number[] = [];
  const ended: unknown[] = [];
  const resumed: unknown[] = [];
  const handlers = {
    event: (e: WalletEvent) => seen.push(e.version),
    end: (r: unknown) => ended.push(r),
    resuming: (r: unknown) => resumed.push(r),
  };
  return { seen, ended, resumed, handlers };
}

/** The client, noting each version the service sent, before followWallet's own check of versions. */
export function countingVersions(client: SubscribingClient): { counting: SubscribingClient; sent: number[] } {
  const sent: number[] = [];
  const counting: SubscribingClient = {
    ...(client.on ? { on: client.on.bind(client) } : {}),
    subscribe: (payload, sink) =>
      client.subscribe(payload, {
        ...sink,
        next: (value) => {
          sent.push((value.data as { walletEvents: { version: number } }).walletEvents.version);
          sink.next(value);
        },
      }),
  };
  return { counting, sent };
}
