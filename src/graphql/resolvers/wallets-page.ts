import { Wallet } from '../../domain/wallet';
import { WalletPosition } from '../../domain/wallet-repository.port';
import { badUserInput } from '../bad-user-input';
import { WalletConnection } from '../types/wallet-connection.type';
import { WalletType } from '../types/wallet.type';
import { MAX_ID_LENGTH } from './input-rules';

/** Cursors are opaque to clients; inside, where the wallet stands in the listing (creation time, id). */
export const walletCursorOf = (wallet: WalletPosition) => Buffer.from(`${wallet.createdAt}#${wallet.id}`).toString('base64url');

const POSITION = new RegExp(`^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z)#([^]{1,${MAX_ID_LENGTH}})$`);

export function positionOfCursor(cursor: string): WalletPosition {
  const match = POSITION.exec(Buffer.from(cursor.slice(0, 1024), 'base64url').toString());
  if (!match) throw badUserInput('after is not a cursor returned by this API', 'after');
  return { createdAt: match[1], id: match[2] };
}

/** `wallets` holds up to first + 1 wallets, newest first: the extra one only says a next page exists. */
export function toWalletConnection(wallets: readonly Wallet[], first: number, after: string | undefined): WalletConnection {
  const edges = wallets.slice(0, first).map((wallet) => ({ cursor: walletCursorOf(wallet), node: WalletType.of(wallet) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: wallets.length > first,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor,
      endCursor: edges[edges.length - 1]?.cursor,
    },
  };
}
