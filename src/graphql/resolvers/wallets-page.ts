import { Wallet } from '../../domain/wallet';
import { WalletPosition } from '../../domain/wallet-repository.port';
import { badUserInput } from '../bad-user-input';
import { connectionOf } from './connection';
import { WalletConnection } from '../types/wallet-connection.type';
import { WalletType } from '../types/wallet.type';
import { MAX_ID_LENGTH } from './input-rules';

/** Cursors are opaque to clients; inside, where the wallet stands in the listing (creation time, id). */
const walletCursorOf = (wallet: WalletPosition) => Buffer.from(`${wallet.createdAt}#${wallet.id}`).toString('base64url');

const POSITION = new RegExp(`^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z)#([^]{1,${MAX_ID_LENGTH}})$`);

export function positionOfCursor(cursor: string): WalletPosition {
  const match = POSITION.exec(Buffer.from(cursor.slice(0, 1024), 'base64url').toString());
  const position = match && { createdAt: match[1], id: match[2] };
  if (!position || walletCursorOf(position) !== cursor) throw badUserInput('after is not a cursor returned by this API', 'after');
  return position;
}

/** A page of the listing, newest first (see connectionOf). */
export function toWalletConnection(wallets: readonly Wallet[], first: number, after: string | undefined): WalletConnection {
  return connectionOf(wallets, first, after, (wallet) => ({ cursor: walletCursorOf(wallet), node: WalletType.of(wallet) }));
}
