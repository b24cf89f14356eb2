import { sql, type Kysely } from 'kysely';

/**
 * One row per person the vault has ever keyed or forgotten:
 *
 *   person_id      the person's opaque id (it must not be derived from the name or a contact)
 *   wrapped_key    the person's 256-bit key, AES-256-GCM wrapped under the master key with the person id as AAD,
 *                  as base64 of iv (12) | ciphertext (32) | tag (16); NULL once forgotten
 *   master_key_id  which master key wrapped it (see `masterKeyId`); NULL once forgotten
 *   created_at     when the key was made (ISO text, as every read-model timestamp)
 *   forgotten_at   when it was erased; the row stays as a tombstone so the person is never keyed again
 *
 * The check constraint keeps the two states apart: a live key, or a tombstone, never both.
 */
export const VAULT_KEY_TABLE = 'vault_person_keys';

export interface VaultKeyRow {
  person_id: string;
  wrapped_key: string | null;
  master_key_id: string | null;
  created_at: string;
  forgotten_at: string | null;
}

export interface VaultTables {
  [VAULT_KEY_TABLE]: VaultKeyRow;
}

/** PostgreSQL error codes raised when two sessions create the same object at once. */
const ALREADY_EXISTS_RACE = new Set(['23505', '42P07', '42710']);

export const ensureVaultKeyTable = async (db: Kysely<any>): Promise<void> => {
  try {
    await db.schema
      .createTable(VAULT_KEY_TABLE)
      .ifNotExists()
      .addColumn('person_id', 'varchar(200)', (column) => column.primaryKey())
      .addColumn('wrapped_key', 'text')
      .addColumn('master_key_id', 'varchar(64)')
      .addColumn('created_at', 'varchar(40)', (column) => column.notNull())
      .addColumn('forgotten_at', 'varchar(40)')
      .addCheckConstraint(
        `${VAULT_KEY_TABLE}_live_or_forgotten`,
        sql`(wrapped_key is not null and master_key_id is not null and forgotten_at is null) or (wrapped_key is null and master_key_id is null and forgotten_at is not null)`,
      )
      .execute();
  } catch (error) {
    if (!ALREADY_EXISTS_RACE.has((error as { code?: string }).code ?? '')) throw error;
  }
};
