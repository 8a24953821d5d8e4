
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "BalanceAt": [
      "BalanceAsOf",
      "WalletDidNotExistYet"
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
      "CurrencyMismatch",
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
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "BalanceAt": [
      "BalanceAsOf",
      "WalletDidNotExistYet"
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
      "CurrencyMismatch",
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
    ]
  }
};
      export default result;
    