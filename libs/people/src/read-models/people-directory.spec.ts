import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { openReadModelDatabase, type ReadModelDatabase } from '@makers/projections';
import { describeOnDatabases } from '@makers/projections/testing';
import { generateMasterKey, parseMasterKey, PersonalDataVault } from '@makers/vault';
import type { PersonEvent, Sex } from '../person/person.events';
import { personStreamName } from '../person/person.stream-name';
import type { PersonalData } from '../person/personal-data';
import { peopleDirectoryProjection } from './people-directory.projection';
import { findPeople, getPerson, listPeople } from './people-directory.queries';
import { PEOPLE_DIRECTORY } from './people-directory.tables';

const recorded = (event: PersonEvent, occurredAt = '2021-05-01T09:00:00.000Z'): RecordedEvent =>
  recordedEvent(event, personStreamName(event.data.personId), { actor: 'programme.manager@undp.org', occurredAt });

const people: Array<[string, Sex, PersonalData]> = [
  ['zeljka', 'female', { name: 'Željka Šarić', contact: null, yearOfBirth: 1998 }],
  ['nikola', 'male', { name: 'Никола Савић', contact: '+387 65 123 456', yearOfBirth: 1999 }],
  ['ivana', 'female', { name: 'Ivana Kovač', contact: 'ivana.kovac@example.ba', yearOfBirth: 2001 }],
  ['emir', 'male', { name: 'Emir Ćatić', contact: null, yearOfBirth: null }],
  ['dario', 'other', { name: 'Dario Đurić', contact: 'dario@example.ba', yearOfBirth: 2003 }],
  ['percent', 'undisclosed', { name: 'Ana 100%_Test', contact: null, yearOfBirth: null }],
];
const alphabetically = ['Ana 100%_Test', 'Dario Đurić', 'Emir Ćatić', 'Ivana Kovač', 'Željka Šarić', 'Никола Савић'];

describeOnDatabases('the people directory', (database) => {
  let keys: ReadModelDatabase;
  let vault: PersonalDataVault;
  let projection: ReturnType<typeof peopleDirectoryProjection>;
  const apply = async (...events: PersonEvent[]) => {
    for (const event of events) await database.db.transaction().execute((trx) => projection.apply(trx, recorded(event)));
  };
  const registered = async (personId: string, sex: Sex, personal: PersonalData): Promise<PersonEvent> => ({
    type: 'PersonRegistered',
    data: { personId, sex, sealed: await vault.seal(personId, personal) },
  });
  const forgotten = (personId: string): PersonEvent => ({ type: 'PersonForgotten', data: { personId } });
  const rows = () => database.db.selectFrom(PEOPLE_DIRECTORY).selectAll().orderBy('person_id').execute();

  beforeEach(async () => {
    keys = openReadModelDatabase({ sqlitePath: ':memory:' });
    vault = await PersonalDataVault.open({ db: keys.db, dialect: keys.dialect, masterKey: parseMasterKey(generateMasterKey()) });
    projection = peopleDirectoryProjection(vault);
    await projection.setup(database.db);
    for (const [personId, sex, personal] of people) await apply(await registered(personId, sex, personal));
  });

  afterEach(() => keys.destroy());

  it('shows a person’s name, contact and year of birth opened from the sealed event, diacritics and Cyrillic kept', async () => {
    expect(await getPerson(database.db, 'ivana')).toEqual({
      id: 'ivana',
      sex: 'female',
      name: 'Ivana Kovač',
      contact: 'ivana.kovac@example.ba',
      yearOfBirth: 2001,
      erased: false,
      registeredAt: '2021-05-01T09:00:00.000Z',
    });
    expect(await getPerson(database.db, 'nikola')).toMatchObject({ name: 'Никола Савић', contact: '+387 65 123 456', yearOfBirth: 1999 });
    expect(await getPerson(database.db, 'emir')).toMatchObject({ contact: null, yearOfBirth: null });
  });

  it('finds no person who was never registered', async () => expect(await getPerson(database.db, 'nobody')).toBeNull());

  it('shows the personal data as last updated', async () => {
    await apply({ type: 'PersonalDataUpdated', data: { personId: 'ivana', sealed: await vault.seal('ivana', { name: 'Ivana Kovač-Perić', contact: '+387 61 234 567', yearOfBirth: 2001 }) } });
    expect(await getPerson(database.db, 'ivana')).toMatchObject({ name: 'Ivana Kovač-Perić', contact: '+387 61 234 567' });
  });

  it('erases a forgotten person’s personal data and everything derived from it, keeping the id and sex', async () => {
    await vault.forget('ivana');
    await apply(forgotten('ivana'));
    expect(await getPerson(database.db, 'ivana')).toEqual({
      id: 'ivana',
      sex: 'female',
      name: null,
      contact: null,
      yearOfBirth: null,
      erased: true,
      registeredAt: '2021-05-01T09:00:00.000Z',
    });
    const row = (await rows()).find((candidate) => candidate.person_id === 'ivana');
    for (const clear of ['Ivana', 'ivana.kovac', 'kovac', '2001']) expect(JSON.stringify({ ...row, person_id: undefined })).not.toContain(clear);
  });

  it('shows a person as erased once their key is gone, even before the forgetting itself is projected', async () => {
    const update: PersonEvent = { type: 'PersonalDataUpdated', data: { personId: 'nikola', sealed: await vault.seal('nikola', { ...people[1][2], contact: null }) } };
    await vault.forget('nikola');
    await apply(update);
    expect(await getPerson(database.db, 'nikola')).toMatchObject({ name: null, contact: null, yearOfBirth: null, erased: true });
  });

  it('rebuilds a forgotten person as erased from their first event on, ending with the same rows', async () => {
    const ivana = await registered('ivana-2', 'female', people[2][2]);
    const updated: PersonEvent = { type: 'PersonalDataUpdated', data: { personId: 'ivana-2', sealed: await vault.seal('ivana-2', { ...people[2][2], contact: null }) } };
    await apply(ivana, updated);
    await vault.forget('ivana-2');
    await apply(forgotten('ivana-2'));
    const live = await rows();
    await projection.teardown(database.db);
    await projection.setup(database.db);
    for (const [personId, sex, personal] of people) await apply(await registered(personId, sex, personal));
    await apply(ivana);
    expect(await getPerson(database.db, 'ivana-2')).toMatchObject({ name: null, erased: true });
    await apply(updated, forgotten('ivana-2'));
    expect((await rows()).map(({ registered_at: _, ...row }) => row)).toEqual(live.map(({ registered_at: _, ...row }) => row));
  });

  it('lists people alphabetically, Č, Ć, Đ, Š and Ž among their base letters, Cyrillic after Latin, the erased last', async () => {
    await vault.forget('emir');
    await apply(forgotten('emir'));
    const page = await listPeople(database.db, { first: 50 });
    expect(page.nodes.map((person) => person.name)).toEqual([...alphabetically.filter((name) => name !== 'Emir Ćatić'), null]);
    expect(page).toMatchObject({ hasNextPage: false, totalCount: 6 });
  });

  it('pages through people without losing or repeating one', async () => {
    const seen: Array<string | null> = [];
    let after: string | null = null;
    for (let hasNextPage = true; hasNextPage; ) {
      const page = await listPeople(database.db, { first: 4, after });
      seen.push(...page.nodes.map((person) => person.name));
      ({ endCursor: after, hasNextPage } = page);
    }
    expect(seen).toEqual(alphabetically);
  });

  it('searches names regardless of case and diacritics, in either script', async () => {
    const found = async (search: string) => (await listPeople(database.db, { first: 50, search })).nodes.map((person) => person.name);
    expect(await found('kovac')).toEqual(['Ivana Kovač']);
    expect(await found('ĐURIĆ')).toEqual(['Dario Đurić']);
    expect(await found('савић')).toEqual(['Никола Савић']);
    expect(await found('ić')).toEqual(['Dario Đurić', 'Emir Ćatić', 'Željka Šarić']);
    expect((await listPeople(database.db, { first: 1, search: 'ić' })).totalCount).toBe(3);
  });

  it('takes % and _ in a search literally', async () => {
    expect((await listPeople(database.db, { first: 50, search: '100%_' })).nodes.map((person) => person.id)).toEqual(['percent']);
    expect((await listPeople(database.db, { first: 50, search: '%' })).nodes.map((person) => person.id)).toEqual(['percent']);
    expect((await listPeople(database.db, { first: 50, search: '_' })).nodes.map((person) => person.id)).toEqual(['percent']);
  });

  it('no longer finds a forgotten person by their name', async () => {
    await vault.forget('ivana');
    await apply(forgotten('ivana'));
    expect((await listPeople(database.db, { first: 50, search: 'kovac' })).totalCount).toBe(0);
  });

  it('gives other contexts the names of many people at once, and the forgotten as erased', async () => {
    await vault.forget('dario');
    await apply(forgotten('dario'));
    const found = await findPeople(database.db, ['ivana', 'dario', 'nobody', 'ivana']);
    expect([...found.values()]).toEqual(
      expect.arrayContaining([
        { personId: 'ivana', name: 'Ivana Kovač', sex: 'female', erased: false },
        { personId: 'dario', name: null, sex: 'other', erased: true },
      ]),
    );
    expect(found.size).toBe(2);
    expect((await findPeople(database.db, [])).size).toBe(0);
  });

  it('looks up more people than one query binds', async () => {
    const ids = Array.from({ length: 1200 }, (_, index) => `someone-${index}`);
    expect((await findPeople(database.db, [...ids, 'nikola'])).get('nikola')).toMatchObject({ name: 'Никола Савић' });
  });

  it('leaves the same rows when an event is applied twice', async () => {
    const before = await rows();
    const again = await registered('ivana', 'female', people[2][2]);
    await apply(again, again);
    expect((await rows()).map(({ registered_at: _, ...row }) => row)).toEqual(before.map(({ registered_at: _, ...row }) => row));
    await vault.forget('ivana');
    await apply(forgotten('ivana'), forgotten('ivana'));
    expect(await getPerson(database.db, 'ivana')).toMatchObject({ erased: true });
  });

  it('stops on data the vault cannot authenticate, rather than show the person as erased', async () => {
    const moved: PersonEvent = { type: 'PersonalDataUpdated', data: { personId: 'nikola', sealed: await vault.seal('ivana', people[2][2]) } };
    await expect(apply(moved)).rejects.toMatchObject({ code: 'SealedNotAuthentic' });
    expect(await getPerson(database.db, 'nikola')).toMatchObject({ name: 'Никола Савић', erased: false });
  });
});
