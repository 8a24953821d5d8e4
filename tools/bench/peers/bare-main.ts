import { IncomingMessage, ServerResponse } from 'node:http';
import { formatMinor } from '../../../src/domain/money';
import { Wallet } from '../../../src/domain/wallet';
import { answer, bodyOf, startPeer } from './peer-process';
import { PeerWallets } from './peer-wallets';

/**
 * The bench's "bare" peer: node:http and the SDK, nothing else. `POST /wallets` opens a wallet;
 * `POST /increase` with `{"walletId", "expectedVersion"}` increases it by the bench's amount with one
 * conditional TransactWriteItems and answers `{"kind", "wallet": {"id", "balance", "version"}}`.
 * What the service adds beyond this (GraphQL, authentication, limits, logs) is the gap the bench shows.
 */
startPeer('bare peer', async (wallets) => (req, res) => void route(wallets, req, res));

async function route(wallets: PeerWallets, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    if (req.method !== 'POST') return answer(res, 405, 'POST only');
    const body = await bodyOf(req);
    if (req.url === '/wallets') return json(res, { kind: 'created', wallet: view(await wallets.create()) });
    if (req.url !== '/increase') return answer(res, 404, 'Not found');
    const { walletId, expectedVersion } = JSON.parse(body) as { walletId?: unknown; expectedVersion?: unknown };
    if (typeof walletId !== 'string' || typeof expectedVersion !== 'number') return answer(res, 400, 'walletId and expectedVersion');
    const outcome = await wallets.increase(walletId, expectedVersion);
    return outcome.kind === 'not-found'
      ? answer(res, 404, 'No such wallet')
      : json(res, { kind: outcome.kind, wallet: view(outcome.wallet) });
  } catch (error) {
    answer(res, 500, error instanceof Error ? error.message : String(error));
  }
}

function view(wallet: Wallet) {
  return { id: wallet.id, balance: formatMinor(wallet.balance, wallet.currency), version: wallet.version };
}

function json(res: ServerResponse, value: unknown): void {
  answer(res, 200, JSON.stringify(value), 'application/json');
}
