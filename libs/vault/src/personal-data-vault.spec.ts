import { readFileSync } from 'node:fs';
import { DomainError } from '@makers/kernel';
import { describeOnDatabases } from '@makers/projections/testing';
import { generateMasterKey, masterKeyId, parseMasterKey, type MasterKey } from './master-key';
import { PersonalDataVault } from './personal-data-vault';
import type { Sealed } from './sealed';
import { VAULT_KEY_TABLE } from './vault-key-table';

const ivana = { name: 'Ivana Kovač', contact: 'ivana.kovac@example.ba', yearOfBirth: 2001 };
const nikola = { name: 'Никола Савић', contact: '+387 65 123 456', yearOfBirth: 1999 };

/** Flips one bit of a base64 field. */
const flipped = (base64: string): string => {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] ^= 0x01;
  return bytes.toString('base64');
};

const refusal = async (promise: Promise<unknown>): Promise<{ name: string; code: string }> => {
  try {
    await promise;
  } catch (error) {
    return { name: (error as Error).name, code: (error as { code: string }).code };
  }
  throw new Error('Expected the vault to refuse');
};

describeOnDatabases('the personal-data vault', (database) => {
  let masterKey: MasterKey;
  let vault: PersonalDataVault;

  const openVault = (key: MasterKey = masterKey) => {
    const connection = database.connect();
    return PersonalDataVault.open({ db: connection.db, dialect: connection.dialect, masterKey: key });
  };
  const keyRows = () => database.connect().db.selectFrom(VAULT_KEY_TABLE).selectAll().execute();

  beforeEach(async () => {
    masterKey = parseMasterKey(generateMasterKey());
    vault = await openVault();
  });

  it('opens what it sealed, diacritics and Cyrillic kept exactly', async () => {
    const sealedIvana = await vault.seal('person-ivana', ivana);
    const sealedNikola = await vault.seal('person-nikola', nikola);
    expect(await vault.open('person-ivana', sealedIvana)).toEqual(ivana);
    expect(await vault.open('person-nikola', sealedNikola)).toEqual(nikola);
  });

  it('seals into plain JSON that shows nothing of the data', async () => {
    const sealed = await vault.seal('person-ivana', ivana);
    const json = JSON.stringify(sealed);
    expect(Object.keys(sealed).sort()).toEqual(['alg', 'ciphertext', 'iv', 'tag', 'v']);
    expect(sealed).toMatchObject({ v: 1, alg: 'A256GCM' });
    for (const clear of ['Ivana', 'Kovač', 'ivana.kovac', '2001']) expect(json).not.toContain(clear);
    expect(await vault.open('person-ivana', JSON.parse(json) as Sealed)).toEqual(ivana);
  });

  it('uses a fresh nonce every time, so the same data sealed twice does not look the same', async () => {
    const first = await vault.seal('person-ivana', ivana);
    const second = await vault.seal('person-ivana', ivana);
    expect(second.iv).not.toBe(first.iv);
    expect(second.ciphertext).not.toBe(first.ciphertext);
  });

  it('keeps one key per person across seals', async () => {
    await vault.seal('person-ivana', ivana);
    await vault.seal('person-ivana', { ...ivana, contact: null });
    await vault.seal('person-nikola', nikola);
    expect((await keyRows()).map((row) => row.person_id).sort()).toEqual(['person-ivana', 'person-nikola']);
  });

  it('refuses to open a tampered ciphertext', async () => {
    const sealed = await vault.seal('person-ivana', ivana);
    expect(await refusal(vault.open('person-ivana', { ...sealed, ciphertext: flipped(sealed.ciphertext) }))).toEqual({ name: 'VaultError', code: 'SealedNotAuthentic' });
  });

  it('refuses to open a blob whose tag or nonce was changed', async () => {
    const sealed = await vault.seal('person-ivana', ivana);
    expect((await refusal(vault.open('person-ivana', { ...sealed, tag: flipped(sealed.tag) }))).code).toBe('SealedNotAuthentic');
    expect((await refusal(vault.open('person-ivana', { ...sealed, iv: flipped(sealed.iv) }))).code).toBe('SealedNotAuthentic');
  });

  it('refuses to open a blob moved to another person', async () => {
    const sealedIvana = await vault.seal('person-ivana', ivana);
    await vault.seal('person-nikola', nikola);
    expect((await refusal(vault.open('person-nikola', sealedIvana))).code).toBe('SealedNotAuthentic');
  });

  it('refuses to open for a person it never keyed, rather than showing them as forgotten', async () => {
    const sealed = await vault.seal('person-ivana', ivana);
    expect((await refusal(vault.open('person-unknown', sealed))).code).toBe('KeyMissing');
  });

  it('refuses what is not a sealed blob', async () => {
    const sealed = await vault.seal('person-ivana', ivana);
    expect((await refusal(vault.open('person-ivana', { ...sealed, v: 2 } as unknown as Sealed))).code).toBe('SealedMalformed');
    expect((await refusal(vault.open('person-ivana', { ...sealed, iv: 'not base64!' }))).code).toBe('SealedMalformed');
  });

  it('forgets a person: what was sealed for them opens as null', async () => {
    const sealed = await vault.seal('person-ivana', ivana);
    await vault.forget('person-ivana');
    expect(await vault.open('person-ivana', sealed)).toBeNull();
    expect(await vault.isForgotten('person-ivana')).toBe(true);
  });

  it('forgets one person only', async () => {
    await vault.seal('person-ivana', ivana);
    const sealedNikola = await vault.seal('person-nikola', nikola);
    await vault.forget('person-ivana');
    expect(await vault.open('person-nikola', sealedNikola)).toEqual(nikola);
    expect(await vault.isForgotten('person-nikola')).toBe(false);
  });

  it('stays forgetful when the vault is opened again', async () => {
    const sealed = await vault.seal('person-ivana', ivana);
    await vault.forget('person-ivana');
    const reopened = await openVault();
    expect(await reopened.open('person-ivana', sealed)).toBeNull();
    expect(await reopened.isForgotten('person-ivana')).toBe(true);
  });

  it('erases the key itself, leaving only a tombstone', async () => {
    await vault.seal('person-ivana', ivana);
    await vault.forget('person-ivana');
    expect(await keyRows()).toEqual([expect.objectContaining({ person_id: 'person-ivana', wrapped_key: null, master_key_id: null, forgotten_at: expect.any(String) })]);
  });

  it('forgets idempotently, keeping the moment it first forgot', async () => {
    await vault.seal('person-ivana', ivana);
    await vault.forget('person-ivana');
    const [first] = await keyRows();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await vault.forget('person-ivana');
    expect(await keyRows()).toEqual([first]);
  });

  it('never keys a forgotten person again: sealing for them is a CONFLICT', async () => {
    await vault.seal('person-ivana', ivana);
    await vault.forget('person-ivana');
    const error = await vault.seal('person-ivana', ivana).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'CONFLICT', rule: 'PersonForgotten' });
  });

  it('bars a person forgotten before anything was sealed for them', async () => {
    await vault.forget('person-never-sealed');
    expect(await vault.isForgotten('person-never-sealed')).toBe(true);
    await expect(vault.seal('person-never-sealed', ivana)).rejects.toMatchObject({ code: 'CONFLICT', rule: 'PersonForgotten' });
  });

  it('cannot open with a wrong master key, and says so', async () => {
    const sealed = await vault.seal('person-ivana', ivana);
    const wrong = await openVault(parseMasterKey(generateMasterKey()));
    expect((await refusal(wrong.open('person-ivana', sealed))).code).toBe('MasterKeyMismatch');
    expect((await refusal(wrong.seal('person-ivana', ivana))).code).toBe('MasterKeyMismatch');
  });

  it('reveals nothing from a copy of the key table without the master key, even with the key id forged', async () => {
    const sealed = await vault.seal('person-ivana', ivana);
    const wrongKey = parseMasterKey(generateMasterKey());
    await database.connect().db.updateTable(VAULT_KEY_TABLE).set({ master_key_id: masterKeyId(wrongKey) }).execute();
    const wrong = await openVault(wrongKey);
    expect((await refusal(wrong.open('person-ivana', sealed))).code).toBe('KeyNotAuthentic');
  });

  it('refuses a wrapped key moved into another person’s row', async () => {
    await vault.seal('person-ivana', ivana);
    const sealedNikola = await vault.seal('person-nikola', nikola);
    const db = database.connect().db;
    const ivanaRow = await db.selectFrom(VAULT_KEY_TABLE).select('wrapped_key').where('person_id', '=', 'person-ivana').executeTakeFirstOrThrow();
    await db.updateTable(VAULT_KEY_TABLE).set({ wrapped_key: ivanaRow.wrapped_key }).where('person_id', '=', 'person-nikola').execute();
    expect((await refusal(vault.open('person-nikola', sealedNikola))).code).toBe('KeyNotAuthentic');
  });

  it('makes one key when two instances seal for the same new person at once', async () => {
    const [first, second] = await Promise.all([openVault(), openVault()]);
    const sealings = await Promise.all(
      Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? first : second).seal('person-ivana', { ...ivana, attempt: index })),
    );
    expect(await keyRows()).toHaveLength(1);
    const opened = await Promise.all(sealings.map((sealed) => vault.open<{ attempt: number }>('person-ivana', sealed)));
    expect(opened.map((data) => data?.attempt)).toEqual(Array.from({ length: 12 }, (_, index) => index));
  });

  it('never leaves a key standing when forgetting races with a first seal', async () => {
    const [sealing, forgetting] = await Promise.allSettled([vault.seal('person-ivana', ivana), vault.forget('person-ivana')]);
    expect(forgetting.status).toBe('fulfilled');
    if (sealing.status === 'fulfilled') expect(await vault.open('person-ivana', sealing.value)).toBeNull();
    expect(await keyRows()).toEqual([expect.objectContaining({ wrapped_key: null })]);
  });

  it('refuses an empty person id and data that is not an object', async () => {
    expect((await refusal(vault.seal('', ivana))).code).toBe('PersonIdInvalid');
    expect((await refusal(vault.seal('person-ivana', 'Ivana Kovač' as unknown as object))).code).toBe('DataNotAnObject');
  });

  if (database.dialect === 'sqlite') {
    it('leaves no copy of an erased key in the SQLite files', async () => {
      await vault.seal('person-ivana', ivana);
      const [{ wrapped_key }] = await keyRows();
      const wrapped = Buffer.from(wrapped_key!, 'base64');
      const filesHold = (needle: string) =>
        ['', '-wal'].some((suffix) => {
          try {
            return readFileSync(`${database.sqlitePath}${suffix}`).includes(needle);
          } catch {
            return false;
          }
        });
      expect(filesHold(wrapped_key!)).toBe(true);
      await vault.forget('person-ivana');
      expect(filesHold(wrapped_key!)).toBe(false);
      expect(wrapped.length).toBe(60);
    });
  }
}, { schemaPrefix: 'vault_test' });
