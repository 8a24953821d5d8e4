import { freshStore } from '../support/stores';
import { walletRepositoryContract } from './wallet-repository.contract';

describe('DynamoWalletRepository against DynamoDB Local', () => {
  walletRepositoryContract(() => freshStore('dynamodb'));
});
