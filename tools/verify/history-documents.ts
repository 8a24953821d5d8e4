/** The documents the history audit sends (validated against the schema by the shipped-documents test). */
export const AUDIT_WALLET = 'query AuditWallet($id: ID!) { wallet(id: $id) { id version balance } }';

export const AUDIT_DEPOSIT = `mutation AuditDeposit($walletId: ID!, $amount: Decimal!, $expectedVersion: Int!) {
  increaseBalance(walletId: $walletId, amount: $amount, currency: GBP, expectedVersion: $expectedVersion) { __typename }
}`;

export const AUDIT_REVERSE = `mutation AuditReverse($transferId: ID!, $amount: Decimal, $expectedVersion: Int!) {
  reverseTransfer(transferId: $transferId, amount: $amount, expectedVersion: $expectedVersion) {
    __typename
    ... on TransferReversed { amount remaining }
    ... on DomainError { code }
  }
}`;

export const AUDIT_STATEMENT = `query AuditStatement($id: ID!, $from: DateTime!, $to: DateTime!) {
  wallet(id: $id) {
    statement(from: $from, to: $to) { openingBalance moneyIn moneyOut closingBalance }
    balanceAt(at: $to) { __typename ... on BalanceAsOf { balance } }
  }
}`;

export const AUDIT_DOCUMENTS = [AUDIT_WALLET, AUDIT_DEPOSIT, AUDIT_REVERSE, AUDIT_STATEMENT];
