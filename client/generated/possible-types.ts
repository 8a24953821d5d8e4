
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "BalanceAt": [
      "BalanceAsOf",
      "WalletDidNotExistYet"
    ],
    "CaptureHoldResult": [
      "CaptureExceedsHold",
      "HoldCaptured",
      "HoldNotFound",
      "HoldNotPending",
      "IdempotencyKeyReused",
      "InvalidAmount",
      "VersionConflict"
    ],
    "CreateWalletResult": [
      "IdempotencyKeyReused",
      "WalletCreated"
    ],
    "DecreaseBalanceResult": [
      "BalanceDecreased",
      "CurrencyMismatch",
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "VersionConflict",
      "WalletNotFound"
    ],
    "DomainError": [
      "CaptureExceedsHold",
      "CurrencyMismatch",
      "HoldLimitReached",
      "HoldNotFound",
      "HoldNotPending",
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "ReversalExceedsTransfer",
      "SameWallet",
      "TransferNotFound",
      "VersionConflict",
      "WalletNotFound"
    ],
    "IncreaseBalanceResult": [
      "BalanceIncreased",
      "CurrencyMismatch",
      "IdempotencyKeyReused",
      "InvalidAmount",
      "VersionConflict",
      "WalletNotFound"
    ],
    "PlaceHoldResult": [
      "CurrencyMismatch",
      "HoldLimitReached",
      "HoldPlaced",
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "SameWallet",
      "VersionConflict",
      "WalletNotFound"
    ],
    "ReverseTransferResult": [
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "ReversalExceedsTransfer",
      "TransferNotFound",
      "TransferReversed",
      "VersionConflict"
    ],
    "TransferResult": [
      "CurrencyMismatch",
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "MoneyTransferred",
      "SameWallet",
      "VersionConflict",
      "WalletNotFound"
    ],
    "VoidHoldResult": [
      "HoldNotFound",
      "HoldNotPending",
      "HoldVoided",
      "IdempotencyKeyReused",
      "VersionConflict"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "BalanceAt": [
      "BalanceAsOf",
      "WalletDidNotExistYet"
    ],
    "CaptureHoldResult": [
      "CaptureExceedsHold",
      "HoldCaptured",
      "HoldNotFound",
      "HoldNotPending",
      "IdempotencyKeyReused",
      "InvalidAmount",
      "VersionConflict"
    ],
    "CreateWalletResult": [
      "IdempotencyKeyReused",
      "WalletCreated"
    ],
    "DecreaseBalanceResult": [
      "BalanceDecreased",
      "CurrencyMismatch",
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "VersionConflict",
      "WalletNotFound"
    ],
    "DomainError": [
      "CaptureExceedsHold",
      "CurrencyMismatch",
      "HoldLimitReached",
      "HoldNotFound",
      "HoldNotPending",
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "ReversalExceedsTransfer",
      "SameWallet",
      "TransferNotFound",
      "VersionConflict",
      "WalletNotFound"
    ],
    "IncreaseBalanceResult": [
      "BalanceIncreased",
      "CurrencyMismatch",
      "IdempotencyKeyReused",
      "InvalidAmount",
      "VersionConflict",
      "WalletNotFound"
    ],
    "PlaceHoldResult": [
      "CurrencyMismatch",
      "HoldLimitReached",
      "HoldPlaced",
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "SameWallet",
      "VersionConflict",
      "WalletNotFound"
    ],
    "ReverseTransferResult": [
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "ReversalExceedsTransfer",
      "TransferNotFound",
      "TransferReversed",
      "VersionConflict"
    ],
    "TransferResult": [
      "CurrencyMismatch",
      "IdempotencyKeyReused",
      "InsufficientBalance",
      "InvalidAmount",
      "MoneyTransferred",
      "SameWallet",
      "VersionConflict",
      "WalletNotFound"
    ],
    "VoidHoldResult": [
      "HoldNotFound",
      "HoldNotPending",
      "HoldVoided",
      "IdempotencyKeyReused",
      "VersionConflict"
    ]
  }
};
      export default result;
    