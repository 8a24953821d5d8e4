import { freshStore } from '../support/stores';
import { holdRepositoryContract } from './hold-repository.contract';
import { walletRepositoryContract } from './wallet-repository.contract';

describe('DynamoWalletRepository against DynamoDB Local', () => {
  walletRepositoryContract(() => freshStore('dynamodb'));
  describe('holds', () => holdRepositoryContract(() => freshStore('dynamodb')));
});
