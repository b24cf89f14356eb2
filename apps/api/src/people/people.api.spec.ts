import { identity, ROLES, type Role } from '@makers/kernel';
import { handleCommand, historyDigest, type RecordedEvent } from '@makers/event-store';
import { getPerson, PEOPLE_DIRECTORY, personDecider, personPolicy, personStreamName, type PersonRegistered } from '@makers/people';
import type { ReadModelDatabase } from '@makers/projections';
import { VAULT_KEY_TABLE, type PersonalDataVault } from '@makers/vault';
import { replay } from '../../../../tools/cli/src/replay.command';
import { openReadModels } from '../infrastructure/open-stores';
import { READ_MODEL_DATABASE, VAULT, VAULT_DATABASE } from '../infrastructure/tokens';
import { commandMetadataFor } from '../request/command-metadata';
import { errorCodes, startApi, type ApiHarness, type GraphQLResponse, type ReadModelKind } from '../testing/api-harness';
import { PERSON_LOOKUP, type PersonLookup } from './person-lookup';

const PERSON_FIELDS = 'id name sex contact yearOfBirth erased';
const REGISTER = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdatePersonalDataInput!) { updatePersonalData(input: $input) { ${PERSON_FIELDS} } }`;
const FORGET = `mutation ($input: ForgetPersonInput!) { forgetPerson(input: $input) { ${PERSON_FIELDS} } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const PEOPLE = `query ($first: Int!, $after: String, $search: String) {
  people(first: $first, after: $after, search: $search) { nodes { ${PERSON_FIELDS} } pageInfo { endCursor hasNextPage } totalCount }
}`;

const ivana = { name: 'Ivana Kovač', sex: 'FEMALE', contact: 'ivana.kovac@example.ba', yearOfBirth: 2001 };
const nikola = { name: 'Никола Савић', sex: 'MALE', contact: '+387 65 123 456', yearOfBirth: 1999 };
/** Everything of the two that must never stand in an event in clear. */
const CLEAR_TEXT = ['Ivana', 'Kovač', 'Kovac', 'ivana.kovac@example.ba', 'Никола', 'Савић', '+387 65 123 456', 'yearOfBirth', '"name"', '"contact"'];
const CLEAR_YEARS = [2001, 1999];

const KEEPERS: readonly Role[] = ['programme-manager', 'administrator', 'municipal-officer', 'platform-moderator'];

/** Every leaf value of an event's data and metadata: a year of birth would stand there as a number or inside a string. */
const leaves = (value: unknown): unknown[] =>
  value !== null && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [value];

describe.each<ReadModelKind>(['sqlite', 'postgres'])('people and their personal data over GraphQL (read models in %s)', (readModels) => {
  let api: ApiHarness;
  let vault: PersonalDataVault;
  let sequence = 0;
  const nextId = (name: string) => `${name}-${++sequence}`;

  beforeAll(async () => {
    api = await startApi(readModels);
    vault = api.app.get<PersonalDataVault>(VAULT);
  });
  afterAll(() => api.close());

  const ok = async <Data = any>(query: string, variables: Record<string, unknown>, as: Role = 'programme-manager'): Promise<Data> => {
    const response: GraphQLResponse<Data> = await api.graphql(query, variables, { as });
    expect(errorCodes(response)).toEqual([]);
    return response.data as Data;
  };
  const register = async (id: string, input: Record<string, unknown> = ivana) => (await ok(REGISTER, { input: { id, ...input } })).registerPerson;
  const person = async (id: string, as: Role = 'programme-manager') => (await ok(PERSON, { id }, as)).person;
  const eventsOf = async (personId: string) => (await api.allEvents()).filter((event) => event.streamName === personStreamName(personId));
  const keyRows = async (personId: string) =>
    api.app.get<ReadModelDatabase>(VAULT_DATABASE).db.selectFrom(VAULT_KEY_TABLE).selectAll().where('person_id', '=', personId).execute();

  /** Runs a refused mutation and proves it appended nothing. */
  const refused = async (query: string, variables: Record<string, unknown>, as: Role = 'programme-manager') => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(query, variables, { as });
    expect((await api.allEvents()).length).toBe(before);
    expect(response.data ?? null).toBeNull();
    return response.errors ?? [];
  };

  describe('registering', () => {
    it('keeps names in Latin with diacritics and in Cyrillic, the contact and the year of birth, exactly', async () => {
      const ivanaId = nextId('ivana');
      const nikolaId = nextId('nikola');
      expect(await register(ivanaId)).toEqual({ id: ivanaId, ...ivana, erased: false });
      expect(await register(nikolaId, nikola)).toEqual({ id: nikolaId, ...nikola, erased: false });
      expect(await person(nikolaId)).toEqual({ id: nikolaId, ...nikola, erased: false });
    });

    it('records neither the name, the contact nor the year of birth in clear in any event', async () => {
      await register(nextId('ivana'));
      await register(nextId('nikola'), nikola);
      const events = await api.allEvents();
      const json = JSON.stringify(events);
      for (const clear of CLEAR_TEXT) expect(json).not.toContain(clear);
      const values = events.flatMap((event) => leaves({ data: event.data, metadata: event.metadata }));
      for (const year of CLEAR_YEARS) expect(values.filter((value) => value === year || (typeof value === 'string' && new RegExp(`(^|\\D)${year}(\\D|$)`).test(value) && !/^[A-Za-z0-9+/]+=*$/.test(value)))).toEqual([]);
      expect(events.find((event) => event.type === 'PersonRegistered')?.data).toEqual({
        personId: expect.any(String),
        sex: expect.any(String),
        sealed: { v: 1, alg: 'A256GCM', iv: expect.any(String), ciphertext: expect.any(String), tag: expect.any(String) },
      });
    });

    it('takes a name alone, and generates an id when none is given', async () => {
      const registered = await ok(REGISTER, { input: { name: 'Emir Ćatić', sex: 'UNDISCLOSED' } });
      expect(registered.registerPerson).toMatchObject({ name: 'Emir Ćatić', sex: 'UNDISCLOSED', contact: null, yearOfBirth: null, erased: false });
      expect(registered.registerPerson.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('replaces the personal data on an update, again only sealed', async () => {
      const id = nextId('ivana');
      await register(id);
      const updated = await ok(UPDATE, { input: { personId: id, name: 'Ivana Kovač-Perić', contact: '+387 61 234 567' } });
      expect(updated.updatePersonalData).toEqual({ id, ...ivana, name: 'Ivana Kovač-Perić', contact: '+387 61 234 567', yearOfBirth: null, erased: false });
      expect(JSON.stringify(await eventsOf(id))).not.toContain('Perić');
    });
  });

  describe('reading', () => {
    it('shows the contact and year of birth only to programme managers, administrators, municipal officers and platform moderators', async () => {
      const id = nextId('ivana');
      await register(id);
      for (const role of ROLES) {
        const seen = await person(id, role);
        const keeper = KEEPERS.includes(role);
        expect({ role, seen }).toEqual({ role, seen: { id, ...ivana, contact: keeper ? ivana.contact : null, yearOfBirth: keeper ? ivana.yearOfBirth : null, erased: false } });
        const listed = (await ok(PEOPLE, { first: 500, search: 'Kovač' }, role)).people.nodes.find((node: { id: string }) => node.id === id);
        expect({ role, listed }).toEqual({ role, listed: seen });
      }
    });

    it('finds people by part of the name, whatever the case and diacritics, a page at a time', async () => {
      const first = nextId('savic');
      const second = nextId('savic');
      await register(first, { ...nikola, name: 'Nikola Savić' });
      await register(second, nikola);
      expect((await ok(PEOPLE, { first: 10, search: 'SAVIC' })).people.nodes.map((node: { id: string }) => node.id)).toEqual([first]);
      expect((await ok(PEOPLE, { first: 10, search: 'савић' })).people.totalCount).toBeGreaterThanOrEqual(1);
      const page = (await ok(PEOPLE, { first: 1 })).people;
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = (await ok(PEOPLE, { first: 1, after: page.pageInfo.endCursor })).people;
      expect(next.nodes[0].id).not.toBe(page.nodes[0].id);
    });

    it('gives other contexts the sex and year of birth of a registered person, and null for one never registered', async () => {
      const id = nextId('nikola');
      await register(id, nikola);
      const lookup = api.app.get<PersonLookup>(PERSON_LOOKUP);
      expect(await lookup.find(id)).toEqual({ personId: id, sex: 'male', birthYear: 1999, forgotten: false });
      expect(await lookup.find('never-registered')).toBeNull();
    });

    it('answers NOT_FOUND for a person never registered', async () => {
      expect(errorCodes(await api.graphql(PERSON, { id: 'never-registered' }))).toEqual(['NOT_FOUND']);
    });
  });

  describe('forgetting', () => {
    it('erases the personal data for good while the history up to the forgetting stays exactly as it was', async () => {
      const id = nextId('ivana');
      await register(id);
      await ok(UPDATE, { input: { personId: id, ...ivana, sex: undefined, contact: '+387 61 234 567' } });
      const before = await historyDigest(api.store);
      const sealed = (await eventsOf(id)).map((event) => (event.data as PersonRegistered['data']).sealed);
      expect(await vault.open(id, sealed[0])).toMatchObject({ name: 'Ivana Kovač' });

      const forgotten = await ok(FORGET, { input: { personId: id, reason: 'Asked to be forgotten, by e-mail to Ivana Kovač' } });

      expect(forgotten.forgetPerson).toEqual({ id, name: null, sex: 'FEMALE', contact: null, yearOfBirth: null, erased: true });
      expect(await person(id, 'administrator')).toEqual(forgotten.forgetPerson);
      for (const blob of sealed) expect(await vault.open(id, blob)).toBeNull();
      expect(await keyRows(id)).toEqual([expect.objectContaining({ wrapped_key: null, master_key_id: null, forgotten_at: expect.any(String) })]);
      expect(await api.app.get<PersonLookup>(PERSON_LOOKUP).find(id)).toEqual({ personId: id, sex: 'female', birthYear: null, forgotten: true });
      // The history: the same digest up to the forgetting, and one event more that names no one.
      expect(await historyDigest(api.store, { upTo: before.lastPosition })).toEqual(before);
      const after = await historyDigest(api.store);
      expect(after.events).toBe(before.events + 1);
      const last: RecordedEvent = (await api.allEvents()).at(-1)!;
      expect(last).toMatchObject({ type: 'PersonForgotten', data: { personId: id }, streamName: personStreamName(id) });
      expect(JSON.stringify(last)).not.toContain('Kovač');
      const readModels = api.app.get<ReadModelDatabase>(READ_MODEL_DATABASE).db;
      const row = await readModels.selectFrom(PEOPLE_DIRECTORY).selectAll().where('person_id', '=', id).executeTakeFirstOrThrow();
      expect(JSON.stringify(row).replaceAll(id, '<id>')).not.toMatch(/ivana|kova|387|2001/i);
    });

    it('no longer finds a forgotten person by name, and lists them as erased', async () => {
      const id = nextId('zeljka');
      await register(id, { ...ivana, name: 'Željka Šarić-Forgotten' });
      await ok(FORGET, { input: { personId: id, reason: 'Retention period ended' } });
      expect((await ok(PEOPLE, { first: 10, search: 'saric-forgotten' })).people.totalCount).toBe(0);
      const everyone = (await ok(PEOPLE, { first: 500 })).people.nodes;
      expect(everyone.find((node: { id: string }) => node.id === id)).toEqual({ id, name: null, sex: 'FEMALE', contact: null, yearOfBirth: null, erased: true });
    });

    it('erases the key on a refused repeat, so a crash between the forgetting and the erasure heals', async () => {
      const id = nextId('ivana');
      await register(id);
      // The crash: PersonForgotten appended, the key never erased.
      await handleCommand(
        api.store,
        { streamName: personStreamName(id), decider: personDecider, policy: personPolicy },
        { type: 'ForgetPerson', data: { personId: id, reason: 'Asked to be forgotten' } },
        commandMetadataFor(identity('test:administrator', ['administrator'])),
      );
      const [registered] = await eventsOf(id);
      expect(await vault.open(id, (registered.data as PersonRegistered['data']).sealed)).toMatchObject({ name: 'Ivana Kovač' });

      const errors = await refused(FORGET, { input: { personId: id, reason: 'Asked to be forgotten' } });

      expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PersonAlreadyForgotten' });
      expect(await vault.open(id, (registered.data as PersonRegistered['data']).sealed)).toBeNull();
    });
  });

  describe('refuses with a stable code and appends nothing', () => {
    it('an update of a forgotten person: CONFLICT', async () => {
      const id = nextId('ivana');
      await register(id);
      await ok(FORGET, { input: { personId: id, reason: 'Asked to be forgotten' } });
      const errors = await refused(UPDATE, { input: { personId: id, name: 'Ivana Kovač' } });
      expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PersonForgotten' });
    });

    it('a forgotten person’s id registered again: CONFLICT', async () => {
      const id = nextId('ivana');
      await register(id);
      await ok(FORGET, { input: { personId: id, reason: 'Asked to be forgotten' } });
      const errors = await refused(REGISTER, { input: { id, ...ivana } });
      expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PersonForgotten' });
    });

    it('a person registered twice: CONFLICT', async () => {
      const id = nextId('ivana');
      await register(id);
      const errors = await refused(REGISTER, { input: { id, ...ivana } });
      expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PersonAlreadyRegistered' });
    });

    it('an update or a forgetting of someone never registered: NOT_FOUND', async () => {
      expect((await refused(UPDATE, { input: { personId: 'never-registered', name: 'Ivana Kovač' } }))[0].extensions?.code).toBe('NOT_FOUND');
      expect((await refused(FORGET, { input: { personId: 'never-registered', reason: 'Asked to be forgotten' } }))[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('a year of birth before 1900, after this year or not whole: BAD_USER_INPUT naming the field', async () => {
      const thisYear = new Date().getUTCFullYear();
      for (const yearOfBirth of [1850, thisYear + 1, 2001.5]) {
        const errors = await refused(REGISTER, { input: { id: nextId('ivana'), ...ivana, yearOfBirth } });
        expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(errors[0])).toContain('yearOfBirth');
      }
      const id = nextId('ivana');
      await register(id);
      const errors = await refused(UPDATE, { input: { personId: id, name: 'Ivana Kovač', yearOfBirth: 1899 } });
      expect(errors[0].extensions?.fields?.map((field) => field.field)).toEqual(['yearOfBirth']);
    });

    it('a blank name, a name on two lines, and an unknown sex: BAD_USER_INPUT naming the field', async () => {
      expect((await refused(REGISTER, { input: { ...ivana, name: ' \u200b ' } }))[0].extensions?.fields?.map((field) => field.field)).toEqual(['name']);
      expect((await refused(REGISTER, { input: { ...ivana, name: 'Ivana\nKovač' } }))[0].extensions?.fields?.map((field) => field.field)).toEqual(['name']);
      expect(errorCodes(await api.graphql(REGISTER, { input: { ...ivana, sex: 'UNKNOWN' } }))).toEqual(['BAD_USER_INPUT']);
    });

    it('a forgetting without a reason: BAD_USER_INPUT', async () => {
      const id = nextId('ivana');
      await register(id);
      expect((await refused(FORGET, { input: { personId: id, reason: '  ' } }))[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await person(id)).toMatchObject({ erased: false });
    });

    it('a platform member who would register someone, and a moderator who would forget someone: FORBIDDEN, and no key made or erased', async () => {
      const id = nextId('ivana');
      expect((await refused(REGISTER, { input: { id, ...ivana } }, 'platform-member'))[0].extensions?.code).toBe('FORBIDDEN');
      expect(await keyRows(id)).toEqual([]);
      await register(id);
      expect((await refused(FORGET, { input: { personId: id, reason: 'Asked to be forgotten' } }, 'platform-moderator'))[0].extensions?.code).toBe('FORBIDDEN');
      expect(await person(id)).toMatchObject({ name: 'Ivana Kovač', erased: false });
    });
  });

  describe('replayed from zero', () => {
    it('shows a forgotten person still erased, and every person as the live projection did', async () => {
      const id = nextId('ivana');
      await register(id);
      await ok(FORGET, { input: { personId: id, reason: 'Asked to be forgotten' } });
      const rows = (db: ReadModelDatabase['db']) => db.selectFrom(PEOPLE_DIRECTORY).selectAll().orderBy('person_id').execute();
      const live = await rows(api.app.get<ReadModelDatabase>(READ_MODEL_DATABASE).db);
      await api.stop();

      const replayed = await replay(api.config, { projections: [], interactive: false }, () => undefined);

      expect(replayed.map((result) => result.projection)).toContain('people-directory');
      const database = openReadModels(api.config);
      try {
        expect(await getPerson(database.db, id)).toMatchObject({ id, sex: 'female', name: null, contact: null, yearOfBirth: null, erased: true });
        expect(await rows(database.db)).toEqual(live);
      } finally {
        await database.destroy();
      }
    });
  });
});
