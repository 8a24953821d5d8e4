import { Caller } from '../domain/caller';
import { TransferRecord } from '../domain/transfer-record';
import { UseCaseDeps } from './use-case-deps';

/**
 * A transfer (or a capture to another wallet) whose payer's or payee's wallet the caller may see; else undefined, as
 * for an unknown id. Its ids are random: a caller who sees neither wallet learns nothing of one it guessed.
 */
export async function getTransfer(deps: UseCaseDeps, caller: Caller, transferId: string): Promise<TransferRecord | undefined> {
  const record = await deps.repository.findTransfer(transferId);
  if (!record) return undefined;
  const seen =
    (await deps.states.findVisible(caller, record.payerWalletId)) ?? (await deps.states.findVisible(caller, record.payeeWalletId));
  return seen ? record : undefined;
}
