/** The broken promises about holds the checker names (a unit test makes each one fire). */
export const HOLD_VIOLATION_KINDS = [
  'hold-resolved-twice',
  'capture-exceeds-hold',
  'expired-hold-captured',
  'hold-expired-early',
  'negative-available',
  'held-not-pending-sum',
  'shown-figures-disagree-with-ledger',
] as const;
