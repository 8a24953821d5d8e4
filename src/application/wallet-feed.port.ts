import { LedgerEntry } from '../domain/ledger-entry';

/** Stops a delivery started by `listen`. Safe to call twice. */
export type StopListening = () => void;

/**
 * Ledger entries as they are committed, per wallet: what a live subscription listens to. A feed may
 * deliver an entry late, twice or out of order (a stream is read in pieces); it must not skip one that
 * was committed after `listen` resolved, unless a later entry of the same wallet follows it (the reader
 * fills such a hole from the store: see wallet-event-stream.ts).
 */
export interface WalletFeed {
  /** Resolves once every entry of `walletId` committed from then on will reach `deliver`. */
  listen(walletId: string, deliver: (entry: LedgerEntry) => void): Promise<StopListening>;
}

/** What feeds the local fan-out: a change stream read while anyone listens, or nothing (entries are published in-process). */
export interface FeedSource {
  /** Starts reading; resolves once reading has a position from which every later change will be seen. */
  start(publish: (entry: LedgerEntry) => void): Promise<void>;
  /** Stops reading (nobody listens any more). */
  stop(): void;
}
