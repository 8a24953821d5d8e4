import { IncomingMessage, ServerResponse } from 'node:http';
import { formatMinor } from '../../../src/domain/money';
import { Wallet } from '../../../src/domain/wallet';
import { answer, bodyOf, startPeer } from './peer-process';
import { PeerWallets } from './peer-wallets';

/**
 * The bench's "bare" peer: node:http and the SDK, nothing else. `POST /wallets` opens a wallet;
 * `POST /increase` with `{"walletId", "expectedVersion"}` increases it by the bench's amount with one
 * conditional TransactWriteItems. It answers in the JSON shape the Apollo peer's documents get back
 * (`{"data": {"result": ...}}`, built here, no GraphQL executed), so the bench reads both one way.
 * What the service adds beyond this (GraphQL, authentication, limits, logs) is the gap the bench shows.
 */
startPeer('bare peer', async (wallets) => (req, res) => void route(wallets, req, res));

async function route(wallets: PeerWallets, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    if (req.method !== 'POST') return answer(res, 405, 'POST only');
    const body = await bodyOf(req);
    if (req.url === '/wallets') {
      const { id, version } = await wallets.create();
      return json(res, { id, version });
    }
    if (req.url !== '/increase') return answer(res, 404, 'Not found');
    const { walletId, expectedVersion } = JSON.parse(body) as { walletId?: unknown; expectedVersion?: unknown };
    if (typeof walletId !== 'string' || typeof expectedVersion !== 'number') return answer(res, 400, 'walletId and expectedVersion');
    const outcome = await wallets.increase(walletId, expectedVersion);
    return outcome.kind === 'not-found'
      ? answer(res, 404, 'No such wallet')
      : json(res, outcome.kind === 'increased' ? increased(outcome.wallet) : conflict(outcome.wallet));
  } catch (error) {
    answer(res, 500, error instanceof Error ? error.message : String(error));
  }
}

/** The selections of PEER_INCREASE, as the Apollo peer answers them. */
const increased = (wallet: Wallet) => ({ __typename: 'BalanceIncreased', wallet: view(wallet) });
const conflict = (wallet: Wallet) => ({ __typename: 'VersionConflict', actualVersion: wallet.version, wallet: view(wallet) });

function view(wallet: Wallet) {
  return { id: wallet.id, balance: formatMinor(wallet.balance, wallet.currency), version: wallet.version };
}

/** The `result` of a GraphQL response, with none of its machinery. */
function json(res: ServerResponse, result: unknown): void {
  answer(res, 200, JSON.stringify({ data: { result } }), 'application/json');
}
