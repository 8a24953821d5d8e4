import { describeSqlite } from '../support/sqlite';
import { freshStore } from '../support/stores';
import { moneyHistoryContract } from './money-history.contract';
import { holdRepositoryContract } from './hold-repository.contract';
import { storeInvariantsContract } from './store-invariants.contract';
import { walletRepositoryContract } from './wallet-repository.contract';

describeSqlite('SqliteWalletRepository on a fresh database file', () => {
  walletRepositoryContract(() => freshStore('sqlite'));
  describe('money history', () => moneyHistoryContract(() => freshStore('sqlite')));
  describe('holds', () => holdRepositoryContract(() => freshStore('sqlite')));
  describe('invariants at the store boundary', () => storeInvariantsContract(() => freshStore('sqlite')));
});
