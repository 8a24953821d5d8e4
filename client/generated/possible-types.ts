
      export type PossibleTypesResultData = {
  "possibleTypes": {
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
      "SameWallet",
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
      "SameWallet",
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
    