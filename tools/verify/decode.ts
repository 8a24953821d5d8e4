import { toMinor } from './decimal';
import { HttpResult } from './graphql-client';
import { integer, isObject, list, object, optionalText, text } from './json-shape';
import { Answer, OpSpec, WalletState } from './op-log';

const SUCCESS_TYPES: Record<string, string> = {
  create: 'WalletCreated',
  increase: 'BalanceIncreased',
  decrease: 'BalanceDecreased',
  transfer: 'MoneyTransferred',
};

/**
 * Turns an HTTP answer into what it means for the operation. INTERNAL_SERVER_ERROR is the
 * service's documented "something failed, nothing is known": an unknown outcome, like a 5xx.
 */
export function decodeAnswer(spec: OpSpec, result: HttpResult): Answer {
  if (result.kind === 'unknown') return result;
  try {
    const body = object(result.body, `HTTP ${result.status} body`);
    const errors = body.errors === undefined ? [] : list(body.errors, 'errors');
    if (errors.length > 0) {
      const codes = errors.map((error) => (isObject(error) && isObject(error.extensions) ? String(error.extensions.code) : '?'));
      if (codes.includes('INTERNAL_SERVER_ERROR')) return { kind: 'unknown', reason: 'INTERNAL_SERVER_ERROR' };
      return { kind: 'unexpected', reason: `HTTP ${result.status} errors ${codes.join(',')}: ${JSON.stringify(errors).slice(0, 300)}` };
    }
    const data = object(body.data, 'data');
    if (spec.type === 'read') {
      // null is how a read says "no such wallet, or not yours": the checker judges whether that was right.
      if (data.wallet === null) return { kind: 'error', typename: 'WalletNotFound', code: 'WALLET_NOT_FOUND', walletId: spec.walletId };
      return { kind: 'success', wallets: [walletState(data.wallet)] };
    }
    const answer = resultAnswer(object(data.result, 'data.result'), SUCCESS_TYPES[spec.type]);
    if (spec.type === 'transfer' && answer.kind === 'success' && answer.toWalletId !== spec.to) {
      return { kind: 'unexpected', reason: `MoneyTransferred.toWalletId ${answer.toWalletId}, sent ${spec.to}` };
    }
    return answer;
  } catch (error) {
    return { kind: 'unexpected', reason: (error as Error).message };
  }
}

function resultAnswer(result: Record<string, unknown>, successType: string): Answer {
  const typename = text(result.__typename, '__typename');
  if (typename === successType) {
    // A transfer's `to` is null when the destination is another user's: only the states actually shown count.
    const shown = [result.wallet, result.from, result.to === null ? undefined : result.to].filter((wallet) => wallet !== undefined);
    return {
      kind: 'success',
      wallets: shown.map(walletState),
      transferId: optionalText(result.transferId, 'transferId'),
      ...(result.toWalletId !== undefined && { toWalletId: text(result.toWalletId, 'toWalletId') }),
    };
  }
  if (typeof result.code !== 'string') return { kind: 'unexpected', reason: `${typename} is neither ${successType} nor a DomainError` };
  if (typename === 'WalletNotFound') return { kind: 'error', typename, code: result.code, walletId: text(result.walletId, 'walletId') };
  if (typename !== 'VersionConflict') return { kind: 'error', typename, code: result.code };
  return {
    kind: 'error',
    typename,
    code: result.code,
    expectedVersion: integer(result.expectedVersion, 'expectedVersion'),
    actualVersion: integer(result.actualVersion, 'actualVersion'),
    wallet: walletState(result.wallet),
  };
}

export function walletState(value: unknown): WalletState {
  const wallet = object(value, 'wallet');
  return {
    walletId: text(wallet.id, 'wallet.id'),
    ownerId: text(wallet.ownerId, 'wallet.ownerId'),
    version: integer(wallet.version, 'wallet.version'),
    balance: toMinor(text(wallet.balance, 'wallet.balance')),
  };
}
