import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { conflict } from '@makers/kernel';
import { sql, type Kysely } from 'kysely';
import { decrypt, encrypt } from './aes-256-gcm';
import { masterKeyId, type MasterKey } from './master-key';
import { isSealed, IV_BYTES, TAG_BYTES, type Sealed } from './sealed';
import { ensureVaultKeyTable, VAULT_KEY_TABLE, type VaultKeyRow, type VaultTables } from './vault-key-table';
import { VaultError } from './vault-error';

export interface PersonalDataVaultOptions {
  /** Where the keys live: its own SQLite file in the embedded default (`data/vault.sqlite`), or a PostgreSQL schema. */
  readonly db: Kysely<any>;
  readonly dialect: 'sqlite' | 'postgres';
  readonly masterKey: MasterKey;
  /** When keys are made and erased (default: the system clock). */
  readonly clock?: () => Date;
}

const PERSON_KEY_BYTES = 32;
const MAX_PERSON_ID_LENGTH = 200;

// Distinct associated data for the two uses of AES-256-GCM, each binding the person id: a sealed blob opens only for the
// person it was sealed for, and a wrapped key unwraps only in that person's row.
const personalDataAad = (personId: string) => Buffer.from(`makers-vault/v1/personal-data/${personId}`, 'utf8');
const personKeyAad = (personId: string) => Buffer.from(`makers-vault/v1/person-key/${personId}`, 'utf8');

/**
 * Personal data sealed with a key per person, so that erasing one key forgets one person while every event that
 * carries their sealed data stays as it was.
 *
 * - A person's key is 256 random bits, made on the first `seal` and stored wrapped under the master key.
 * - `forget` erases the key and leaves a tombstone: from then on `open` answers null and `seal` refuses, for good. A
 *   person is never keyed again by mistake, which would let a stale handler write new data that stays readable.
 * - Keys are not cached: every call reads the table, so a person forgotten through one API instance is forgotten in
 *   all of them at once.
 */
export class PersonalDataVault {
  private readonly db: Kysely<VaultTables>;
  private readonly masterKeyId: string;

  private constructor(private readonly options: PersonalDataVaultOptions) {
    this.db = options.db as Kysely<VaultTables>;
    this.masterKeyId = masterKeyId(options.masterKey);
  }

  /** Opens the vault on `db`, creating its table when missing. */
  static async open(options: PersonalDataVaultOptions): Promise<PersonalDataVault> {
    await ensureVaultKeyTable(options.db);
    // SQLite then overwrites what it deletes instead of leaving it in free pages (the setting is per connection;
    // Kysely's SQLite dialect holds one).
    if (options.dialect === 'sqlite') await sql`pragma secure_delete = on`.execute(options.db);
    return new PersonalDataVault(options);
  }

  /** Seals `data` (any JSON object) for `personId`, making the person's key on first use. */
  async seal(personId: string, data: object): Promise<Sealed> {
    checkPersonId(personId);
    if (typeof data !== 'object' || data === null) throw new VaultError('DataNotAnObject', 'The vault seals JSON objects');
    const key = await this.keyForSealing(personId);
    const plaintext = Buffer.from(JSON.stringify(data), 'utf8');
    const { iv, ciphertext, tag } = encrypt(key, plaintext, personalDataAad(personId));
    plaintext.fill(0);
    return { v: 1, alg: 'A256GCM', iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: tag.toString('base64') };
  }

  /**
   * The data sealed for `personId`, or null once the person is forgotten. Throws a VaultError when the blob was
   * altered or sealed for someone else, when this vault never keyed the person, or under the wrong master key: those
   * are faults to see, not people to show as erased. The shape of the data is the caller's to check.
   */
  async open<T extends object = object>(personId: string, sealed: Sealed): Promise<T | null> {
    checkPersonId(personId);
    if (!isSealed(sealed)) throw new VaultError('SealedMalformed', `Not a sealed blob of format v1 A256GCM`);
    const row = await this.row(personId);
    if (!row) throw new VaultError('KeyMissing', `The vault holds no key for person ${personId}: the data was not sealed by this vault`);
    if (row.forgotten_at !== null) return null;
    const key = this.unwrap(row);
    const plaintext = decrypt(
      key,
      { iv: Buffer.from(sealed.iv, 'base64'), ciphertext: Buffer.from(sealed.ciphertext, 'base64'), tag: Buffer.from(sealed.tag, 'base64') },
      personalDataAad(personId),
    );
    if (!plaintext) throw new VaultError('SealedNotAuthentic', `The sealed data does not authenticate for person ${personId}: altered, or sealed for another person`);
    try {
      return JSON.parse(plaintext.toString('utf8')) as T;
    } finally {
      plaintext.fill(0);
    }
  }

  /** Erases the person's key for good (a tombstone stays). Idempotent; forgetting someone never keyed bars them too. */
  async forget(personId: string): Promise<void> {
    checkPersonId(personId);
    const now = this.now();
    // One statement, so a `seal` making the key at the same moment either lands before (and is erased) or finds the tombstone.
    await this.db
      .insertInto(VAULT_KEY_TABLE)
      .values({ person_id: personId, wrapped_key: null, master_key_id: null, created_at: now, forgotten_at: now })
      .onConflict((onConflict) =>
        onConflict.column('person_id').doUpdateSet({
          wrapped_key: null,
          master_key_id: null,
          forgotten_at: sql<string>`coalesce(${sql.ref(`${VAULT_KEY_TABLE}.forgotten_at`)}, ${now})`,
        }),
      )
      .execute();
    // With secure_delete the old key is overwritten in the database file; the write-ahead log may still hold the page
    // as it was until a checkpoint, so take one now (best effort: a busy reader only delays it to the next one).
    if (this.options.dialect === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(this.db);
  }

  async isForgotten(personId: string): Promise<boolean> {
    checkPersonId(personId);
    const row = await this.row(personId);
    return row !== undefined && row.forgotten_at !== null;
  }

  private async keyForSealing(personId: string): Promise<KeyObject> {
    let row = await this.row(personId);
    if (!row) {
      const raw = randomBytes(PERSON_KEY_BYTES);
      const { iv, ciphertext, tag } = encrypt(this.options.masterKey, raw, personKeyAad(personId));
      raw.fill(0);
      const now = this.now();
      await this.db
        .insertInto(VAULT_KEY_TABLE)
        .values({
          person_id: personId,
          wrapped_key: Buffer.concat([iv, ciphertext, tag]).toString('base64'),
          master_key_id: this.masterKeyId,
          created_at: now,
          forgotten_at: null,
        })
        .onConflict((onConflict) => onConflict.column('person_id').doNothing())
        .execute();
      // Read back whichever key won: two seals for a new person at once end up with one key, not one each.
      row = await this.row(personId);
      if (!row) throw new Error(`The vault key for person ${personId} vanished as it was written`);
    }
    if (row.forgotten_at !== null) throw conflict('PersonForgotten', `Person ${personId} has been forgotten; no personal data can be kept for them again`);
    return this.unwrap(row);
  }

  private unwrap(row: VaultKeyRow): KeyObject {
    if (row.master_key_id !== this.masterKeyId) {
      throw new VaultError('MasterKeyMismatch', `The key of person ${row.person_id} was wrapped under another master key (${row.master_key_id}); this vault has ${this.masterKeyId}`);
    }
    const wrapped = Buffer.from(row.wrapped_key ?? '', 'base64');
    const raw = decrypt(
      this.options.masterKey,
      { iv: wrapped.subarray(0, IV_BYTES), ciphertext: wrapped.subarray(IV_BYTES, wrapped.length - TAG_BYTES), tag: wrapped.subarray(wrapped.length - TAG_BYTES) },
      personKeyAad(row.person_id),
    );
    if (!raw || raw.length !== PERSON_KEY_BYTES) throw new VaultError('KeyNotAuthentic', `The stored key of person ${row.person_id} does not unwrap: the key table was altered`);
    const key = createSecretKey(raw); // copies: the plain key bytes are wiped at once
    raw.fill(0);
    return key;
  }

  private row(personId: string): Promise<VaultKeyRow | undefined> {
    return this.db.selectFrom(VAULT_KEY_TABLE).selectAll().where('person_id', '=', personId).executeTakeFirst();
  }

  private now(): string {
    return (this.options.clock?.() ?? new Date()).toISOString();
  }
}

const checkPersonId = (personId: unknown): void => {
  if (typeof personId !== 'string' || personId === '' || personId.length > MAX_PERSON_ID_LENGTH) {
    throw new VaultError('PersonIdInvalid', `A person id is a non-empty string of at most ${MAX_PERSON_ID_LENGTH} characters`);
  }
};
