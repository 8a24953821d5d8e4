import { freshStore } from '../support/stores';
import { moneyHistoryContract } from './money-history.contract';
import { holdRepositoryContract } from './hold-repository.contract';
import { storeInvariantsContract } from './store-invariants.contract';
import { walletRepositoryContract } from './wallet-repository.contract';

describe('DynamoWalletRepository against DynamoDB Local', () => {
  walletRepositoryContract(() => freshStore('dynamodb'));
  describe('money history', () => moneyHistoryContract(() => freshStore('dynamodb')));
  describe('holds', () => holdRepositoryContract(() => freshStore('dynamodb')));
  describe('invariants at the store boundary', () => storeInvariantsContract(() => freshStore('dynamodb')));
});
