/**
 * Who is asking: the authenticated subject of a request. Identity is settled at the edge (a verified
 * token); the domain only decides what that identity may see and move.
 */
export interface Caller {
  /** The token's `sub`: the owner id of the wallets this caller opens. */
  readonly id: string;
  /** Back office (scope `wallet:admin`): may open wallets for others and read and change any wallet. */
  readonly admin: boolean;
}

/** The scope that makes a caller an operator of every wallet. */
export const ADMIN_SCOPE = 'wallet:admin';

export function callerOf(subject: string, scopes: readonly string[]): Caller {
  return { id: subject, admin: scopes.includes(ADMIN_SCOPE) };
}

/**
 * Policy: a wallet is its owner's. Anyone else (but an operator) must not learn that it exists, so
 * every use case treats a wallet the caller may not access exactly like an unknown id.
 */
export function mayAccess(caller: Caller, wallet: { readonly ownerId: string }): boolean {
  return caller.admin || wallet.ownerId === caller.id;
}
