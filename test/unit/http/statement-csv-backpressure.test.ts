import { createServer, ServerResponse } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { WalletUseCases } from '../../../src/application/wallet-use-cases';
import { Currency } from '../../../src/domain/currency';
import { LedgerEntry } from '../../../src/domain/ledger-entry';
import { answerStatementCsv } from '../../../src/http/statement-csv';

/**
 * A slow reader makes the CSV wait for the socket to drain again and again. Each wait must leave nothing behind on the
 * response: it left a 'close' and an 'error' listener per drain (hundreds on a long statement, and Node's
 * MaxListenersExceededWarning on stderr, outside the logger). The use cases are a stand-in: what is checked is the
 * streaming over a real socket.
 */
const ENTRIES = 3_000;
const entry = (version: number): LedgerEntry => ({
  id: `e${version}`,
  walletId: 'w',
  type: 'BALANCE_INCREASED',
  version,
  currency: 'EUR' as Currency,
  amount: 1n,
  balanceAfter: BigInt(version),
  availableAfter: BigInt(version),
  inTotalAfter: BigInt(version),
  outTotalAfter: 0n,
  occurredAt: '2026-01-01T00:00:00.000Z',
  actor: 'alice',
  metadata: [{ key: 'note', value: 'x'.repeat(2_000) }],
});

const wallets = {
  getWallet: async () => ({ id: 'w' }),
  statement: async () => ({
    walletId: 'w',
    currency: 'EUR',
    opening: { at: '2026-01-01T00:00:00.000Z' },
    closing: { at: '2026-01-02T00:00:00.000Z', entry: entry(ENTRIES) },
    moneyIn: BigInt(ENTRIES),
    moneyOut: 0n,
    final: true,
  }),
  statementEntries: async (_statement: unknown, after: number | undefined, limit: number) => {
    const from = (after ?? 0) + 1;
    return Array.from({ length: Math.max(0, Math.min(limit, ENTRIES + 1 - from)) }, (_, i) => entry(from + i));
  },
} as unknown as WalletUseCases;

it('waits for a slow reader without leaving listeners on the response', async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.name);
  process.on('warning', onWarning);
  let waits = 0;
  let listeners: { before: number[]; after: number[] } | undefined;
  const server = createServer(async (_req, res: ServerResponse) => {
    const write = res.write.bind(res) as (chunk: string) => boolean;
    res.write = ((chunk: string) => {
      const more = write(chunk);
      if (!more) waits += 1;
      return more;
    }) as typeof res.write;
    const count = () => [res.listenerCount('close'), res.listenerCount('error'), res.listenerCount('drain')];
    const before = count();
    const query = new URLSearchParams({ from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' });
    await answerStatementCsv(wallets, { id: 'alice', admin: false }, 'w', query, res, { maxBytes: 64 * 1024 * 1024, stallMs: 30_000 });
    listeners = { before, after: count() };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let received = 0;
  await new Promise<void>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    // Reads in short bursts, so the response keeps asking to drain.
    socket.pause();
    const tick = setInterval(() => {
      socket.resume();
      setTimeout(() => socket.pause(), 2);
    }, 10);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
    });
    socket.on('close', () => {
      clearInterval(tick);
      resolve();
    });
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  process.off('warning', onWarning);
  expect(received).toBeGreaterThan(ENTRIES * 2_000);
  expect(waits).toBeGreaterThan(10);
  expect(listeners?.after).toEqual(listeners?.before);
  expect(warnings).not.toContain('MaxListenersExceededWarning');
}, 60_000);
