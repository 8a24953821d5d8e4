import { FinalWallet, LedgerLine } from './final-wallet';
import { Violations } from './violations';

const OUTFLOWS = new Set(['BALANCE_DECREASED', 'TRANSFER_OUT', 'HOLD_CAPTURED', 'REVERSAL_OUT']);
/** Placing, releasing or expiring a hold moves the available balance only (the hold checks judge it). */
const BALANCE_UNCHANGED = new Set(['HOLD_PLACED', 'HOLD_RELEASED', 'HOLD_EXPIRED']);

function signed(line: LedgerLine): bigint {
  if (BALANCE_UNCHANGED.has(line.type)) return 0n;
  return OUTFLOWS.has(line.type) ? -line.amount : line.amount;
}

/** The paying leg of a move between wallets: a transfer's TRANSFER_OUT, or a capture of a hold authorised to another wallet. */
const isPayingLeg = (line: LedgerLine) =>
  line.type === 'TRANSFER_OUT' || (line.type === 'HOLD_CAPTURED' && line.counterpartyWalletId !== undefined);

/**
 * What must hold of each wallet on its own: its ledger has one entry per version 0..N (N its
 * version), starts with WALLET_CREATED, each balanceAfter is the running sum of the signed amounts,
 * the sum is the balance, and no balance was ever negative.
 */
export function checkLedgers(wallets: readonly FinalWallet[], violations: Violations): void {
  for (const wallet of wallets) {
    const { walletId, entries } = wallet;
    const versions = entries.map((line) => line.version);
    violations.expect(
      versions.length === wallet.version + 1 && versions.every((version, index) => version === index),
      'ledger-not-contiguous',
      () => `${walletId} at version ${wallet.version} has entries for versions ${compact(versions)}`,
    );
    violations.expect(
      entries[0]?.type === 'WALLET_CREATED' && entries[0].amount === 0n,
      'ledger-bad-start',
      () => `${walletId} starts with ${entries[0]?.type} ${entries[0]?.amount}`,
    );
    let running = 0n;
    for (const line of entries) {
      running += signed(line);
      violations.expect(
        line.walletId === walletId,
        'ledger-wrong-wallet',
        () => `${walletId} v${line.version} belongs to ${line.walletId}`,
      );
      violations.expect(
        line.balanceAfter === running,
        'balance-after-not-running-sum',
        () => `${walletId} v${line.version}: balanceAfter ${line.balanceAfter}, running sum ${running}`,
      );
      violations.expect(running >= 0n, 'negative-balance', () => `${walletId} v${line.version}: balance ${running}`);
    }
    violations.expect(
      running === wallet.balance,
      'ledger-sum-not-balance',
      () => `${walletId}: entries sum to ${running}, balance ${wallet.balance}`,
    );
    violations.expect(wallet.balance >= 0n, 'negative-balance', () => `${walletId}: final balance ${wallet.balance}`);
  }
  checkTransferPairs(wallets, violations);
}

/**
 * Every paying leg (TRANSFER_OUT, or HOLD_CAPTURED to another wallet) has exactly one TRANSFER_IN of the
 * same transferId and amount, on its counterparty, and every TRANSFER_IN has its paying leg.
 */
function checkTransferPairs(wallets: readonly FinalWallet[], violations: Violations): void {
  const legs = new Map<string, LedgerLine[]>();
  for (const line of wallets.flatMap((wallet) => wallet.entries)) {
    if (line.type !== 'TRANSFER_IN' && !isPayingLeg(line)) continue;
    const id = line.transferId ?? '(no transferId)';
    legs.set(id, [...(legs.get(id) ?? []), line]);
  }
  for (const [transferId, lines] of legs) {
    const out = lines.filter(isPayingLeg);
    const into = lines.filter((line) => line.type === 'TRANSFER_IN');
    const paired =
      out.length === 1 &&
      into.length === 1 &&
      out[0].amount === into[0].amount &&
      out[0].counterpartyWalletId === into[0].walletId &&
      into[0].counterpartyWalletId === out[0].walletId;
    violations.expect(
      paired,
      'transfer-legs-unpaired',
      () => `transfer ${transferId}: ${lines.map((line) => `${line.type} ${line.amount} on ${line.walletId} v${line.version}`).join('; ')}`,
    );
  }
}

/** "0..41" rather than 42 numbers, with any gap or repeat spelled out. */
function compact(versions: readonly number[]): string {
  const runs: string[] = [];
  for (let start = 0; start < versions.length; ) {
    let end = start;
    while (end + 1 < versions.length && versions[end + 1] === versions[end] + 1) end++;
    runs.push(start === end ? `${versions[start]}` : `${versions[start]}..${versions[end]}`);
    start = end + 1;
  }
  return runs.join(',') || '(none)';
}
