/**
 * The hold operations of the bank test, as the harness asks for them. A capture or a void names a hold
 * the client placed itself, with what the client knows of it from the HoldPlaced answer (its wallet, its
 * amount, its payee): the checker needs no store read to know what the operation must do.
 */
interface HoldTrespass {
  /** Another user's hold (or wallet): the only right answer is an unknown id's, and it must change nothing. */
  readonly trespass?: true;
}

export type HoldSpec =
  | ({
      readonly type: 'placeHold';
      readonly key: string;
      readonly walletId: string;
      readonly amount: bigint;
      readonly expectedVersion: number;
      readonly expiresInSeconds: number;
      /** A payment authorised to that wallet (anyone's): its capture credits it. */
      readonly toWalletId?: string;
    } & HoldTrespass)
  | ({
      readonly type: 'captureHold';
      readonly key: string;
      readonly holdId: string;
      readonly walletId: string;
      /** Absent: all of it. More than held asks for a CaptureExceedsHold. */
      readonly amount?: bigint;
      readonly heldAmount: bigint;
      readonly toWalletId?: string;
      readonly expectedVersion: number;
      readonly race?: HoldRace;
    } & HoldTrespass)
  | ({
      readonly type: 'voidHold';
      readonly key: string;
      readonly holdId: string;
      readonly walletId: string;
      readonly heldAmount: bigint;
      readonly expectedVersion: number;
      readonly race?: HoldRace;
    } & HoldTrespass);

/** A deliberate race on one hold the operation took part in (the report counts those it lost). */
export type HoldRace = 'capture-vs-void' | 'same-key-duplicate' | 'capture-vs-expiry';

/** A hold as an answer showed it. */
export interface HoldShown {
  readonly id: string;
  readonly status: string;
  /** ISO text, the service's clock. */
  readonly expiresAt: string;
  readonly amount: bigint;
  readonly capturedAmount: bigint;
}

/** What a capture takes: the amount asked, or all of the hold. */
export const capturedBy = (spec: Extract<HoldSpec, { type: 'captureHold' }>): bigint => spec.amount ?? spec.heldAmount;
