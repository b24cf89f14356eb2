// The personal-data vault's public face: keys per person, kept apart from the event store, so that erasing one key
// forgets one person while every event and every figure derived from events stays.
//
// Wiring (the app decides where the keys live):
//   const database = openReadModelDatabase(databaseUrl ? { databaseUrl, schema: 'vault' } : { sqlitePath: 'data/vault.sqlite' });
//   const masterKey = process.env.VAULT_MASTER_KEY ? parseMasterKey(process.env.VAULT_MASTER_KEY) : loadOrCreateMasterKey(`data/${DEFAULT_MASTER_KEY_FILE}`);
//   const vault = await PersonalDataVault.open({ db: database.db, dialect: database.dialect, masterKey });
export { PersonalDataVault, type PersonalDataVaultOptions } from './personal-data-vault';
export { isSealed, type Sealed } from './sealed';
export { VaultError, type VaultErrorCode } from './vault-error';
export { DEFAULT_MASTER_KEY_FILE, MASTER_KEY_BYTES, generateMasterKey, loadOrCreateMasterKey, masterKeyId, parseMasterKey, type MasterKey } from './master-key';
export { VAULT_KEY_TABLE, ensureVaultKeyTable, type VaultKeyRow, type VaultTables } from './vault-key-table';
