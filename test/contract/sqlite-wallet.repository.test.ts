import { describeSqlite } from '../support/sqlite';
import { freshStore } from '../support/stores';
import { walletRepositoryContract } from './wallet-repository.contract';

describeSqlite('SqliteWalletRepository on a fresh database file', () => {
  walletRepositoryContract(() => freshStore('sqlite'));
});
