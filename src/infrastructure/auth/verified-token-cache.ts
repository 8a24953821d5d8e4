import { VerifiedToken } from '../../application/token-verifier.port';

interface Verified extends VerifiedToken {
  readonly bytes: number;
}

/** What an entry costs beside its token's characters: the map's slot, the caller, its timestamps (a generous guess). */
const ENTRY_OVERHEAD_BYTES = 256;

/**
 * Verified tokens, remembered while they are accepted (until `exp` plus the clock tolerance: `acceptedUntilMs`) so a
 * caller's next request skips the signature check.
 * Bounded twice: at most `maxEntries` tokens and about `maxBytes` of them (tokens run up to 4 KB), the
 * oldest forgotten first. A forgotten token is only verified again.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Verified>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** About how much memory the cached tokens hold. */
  get sizeBytes(): number {
    return this.bytes;
  }

  verifiedOf(token: string): VerifiedToken | undefined {
    const known = this.entries.get(token);
    if (known === undefined) return undefined;
    if (known.acceptedUntilMs > this.now()) return { caller: known.caller, acceptedUntilMs: known.acceptedUntilMs };
    this.forget(token, known);
    return undefined;
  }

  remember(token: string, { caller, acceptedUntilMs }: VerifiedToken): void {
    const bytes = 2 * (token.length + caller.id.length) + ENTRY_OVERHEAD_BYTES;
    if (this.maxEntries <= 0 || bytes > this.maxBytes) return;
    const earlier = this.entries.get(token);
    if (earlier) this.forget(token, earlier);
    this.entries.set(token, { caller, acceptedUntilMs, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.forget(oldest, entry);
    }
  }

  private forget(token: string, entry: Verified): void {
    this.entries.delete(token);
    this.bytes -= entry.bytes;
  }
}
