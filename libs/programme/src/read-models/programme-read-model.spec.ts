import { DomainError } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { Entity, MunicipalityRegistered } from '../municipality/municipality.events';
import { municipalityStreamName } from '../municipality/municipality.stream-name';
import type { ProgrammeEvent, ProgrammeRegistered } from '../programme/programme.events';
import { programmeStreamName } from '../programme/programme.stream-name';
import { getMunicipality, listMunicipalities, listPartners } from './municipality.queries';
import { programmeProjection } from './programme.projection';
import { getProgramme, listProgrammes } from './programme.queries';

const recorded = (event: ProgrammeEvent | MunicipalityRegistered, occurredAt = '2020-03-01T09:00:00.000Z'): RecordedEvent => {
  const streamName =
    event.type === 'MunicipalityRegistered' ? municipalityStreamName(event.data.municipalityId) : programmeStreamName(event.data.programmeId);
  return recordedEvent(event, streamName, { actor: 'programme.manager@undp.org', occurredAt });
};

const makersRegistered: ProgrammeRegistered = {
  type: 'ProgrammeRegistered',
  data: {
    programmeId: 'makers',
    name: 'MAKERS — Meaningful Activism, Knowledgeable Engagement and Responsible Solutions',
    donor: 'UNDP',
    sector: 'Justice and security',
    budgetEnvelope: { amountMinor: 42_500_000, currency: 'USD' },
    startsOn: '2020-03-01',
    endsOn: '2023-03-31',
    targets: [{ code: 'co-financed-initiatives', description: 'At least 8 local initiatives co-financed with the municipalities', minimum: 8 }],
  },
};
const dialogueRegistered: ProgrammeRegistered = {
  type: 'ProgrammeRegistered',
  data: { ...makersRegistered.data, programmeId: 'dialogue-for-the-future', name: 'Dijalog za budućnost', sector: null, startsOn: '2018-01-01', endsOn: '2019-12-31', targets: [] },
};

const municipality = (municipalityId: string, name: string, entity: Entity, nameCyrillic: string | null = null): MunicipalityRegistered => ({
  type: 'MunicipalityRegistered',
  data: { municipalityId, name, nameCyrillic, entity },
});
/** Listed out of order on purpose; byte order would put Č, Đ, Š and Ž after Z. */
const municipalities = [
  municipality('zepce', 'Žepče', 'FBIH'),
  municipality('trebinje', 'Trebinje', 'RS', 'Требиње'),
  municipality('centar-sarajevo', 'Centar Sarajevo', 'FBIH'),
  municipality('doboj-istok', 'Doboj Istok', 'FBIH'),
  municipality('samac', 'Šamac', 'RS', 'Шамац'),
  municipality('brcko', 'Brčko', 'BD', 'Брчко'),
  municipality('zenica', 'Zenica', 'FBIH'),
  municipality('capljina', 'Čapljina', 'FBIH'),
  municipality('istocno-novo-sarajevo', 'Istočno Novo Sarajevo', 'RS', 'Источно Ново Сарајево'),
  municipality('doboj', 'Doboj', 'RS', 'Добој'),
  municipality('durdevik', 'Đurđevik', 'FBIH'),
];
const alphabetically = ['Brčko', 'Čapljina', 'Centar Sarajevo', 'Doboj', 'Doboj Istok', 'Đurđevik', 'Istočno Novo Sarajevo', 'Šamac', 'Trebinje', 'Zenica', 'Žepče'];

const partner = (municipalityId: string, programmeId = 'makers'): ProgrammeEvent => {
  const known = municipalities.find((candidate) => candidate.data.municipalityId === municipalityId)!;
  return { type: 'MunicipalityAddedAsPartner', data: { programmeId, municipalityId, municipalityName: known.data.name, entity: known.data.entity } };
};
const removed = (municipalityId: string): ProgrammeEvent => ({
  type: 'MunicipalityRemovedAsPartner',
  data: { programmeId: 'makers', municipalityId, reason: 'The council left the platform' },
});

const names = (nodes: Array<{ name: string }>) => nodes.map((node) => node.name);

describeOnDatabases('the programme read model', (database) => {

  const apply = async (...events: RecordedEvent[]) => {
    for (const event of events) await database.db.transaction().execute((trx) => programmeProjection.apply(trx, event));
  };
  const project = (...events: Array<ProgrammeEvent | MunicipalityRegistered>) => apply(...events.map((event) => recorded(event)));

  beforeEach(async () => {
    await programmeProjection.setup(database.db);
    await project(makersRegistered, ...municipalities);
  });

  it('shows a programme with its envelope in minor units, its dates and targets', async () => {
    expect(await getProgramme(database.db, 'makers')).toEqual({
      id: 'makers',
      name: 'MAKERS — Meaningful Activism, Knowledgeable Engagement and Responsible Solutions',
      donor: 'UNDP',
      sector: 'Justice and security',
      budgetEnvelope: { amountMinor: 42_500_000, currency: 'USD' },
      startsOn: '2020-03-01',
      endsOn: '2023-03-31',
      targets: [{ code: 'co-financed-initiatives', description: 'At least 8 local initiatives co-financed with the municipalities', minimum: 8 }],
      registeredAt: '2020-03-01T09:00:00.000Z',
      partnerCount: 0,
    });
  });

  it('finds no programme that was never registered', async () => expect(await getProgramme(database.db, 'unknown')).toBeNull());

  it('counts only the current partners of a programme', async () => {
    await project(partner('trebinje'), partner('brcko'), partner('zenica'), removed('brcko'));
    expect((await getProgramme(database.db, 'makers'))?.partnerCount).toBe(2);
  });

  it('lists programmes by start date, a page at a time', async () => {
    await project(dialogueRegistered);
    const first = await listProgrammes(database.db, { first: 1 });
    expect(first).toMatchObject({ nodes: [{ id: 'dialogue-for-the-future', sector: null, targets: [] }], hasNextPage: true, totalCount: 2 });
    const second = await listProgrammes(database.db, { first: 1, after: first.endCursor });
    expect(second).toMatchObject({ nodes: [{ id: 'makers' }], hasNextPage: false, totalCount: 2 });
  });

  it('keeps municipality names in Latin with diacritics and in Cyrillic, exactly', async () => {
    expect(await getMunicipality(database.db, 'istocno-novo-sarajevo')).toEqual({
      id: 'istocno-novo-sarajevo',
      name: 'Istočno Novo Sarajevo',
      nameCyrillic: 'Источно Ново Сарајево',
      entity: 'RS',
      registeredAt: '2020-03-01T09:00:00.000Z',
    });
  });

  it('lists municipalities alphabetically, with Č, Đ, Š and Ž among their base letters', async () => {
    const page = await listMunicipalities(database.db, { first: 50 });
    expect(names(page.nodes)).toEqual(alphabetically);
    expect(page).toMatchObject({ hasNextPage: false, totalCount: 11 });
  });

  it('pages through municipalities without losing or repeating one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (let hasNextPage = true; hasNextPage; pages++) {
      const page = await listMunicipalities(database.db, { first: 4, after });
      expect(page.totalCount).toBe(11);
      seen.push(...names(page.nodes));
      ({ endCursor: after, hasNextPage } = page);
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(alphabetically);
  });

  it('filters municipalities by entity', async () => {
    const page = await listMunicipalities(database.db, { entity: 'RS', first: 2 });
    expect(page).toMatchObject({ hasNextPage: true, totalCount: 4 });
    const rest = await listMunicipalities(database.db, { entity: 'RS', first: 2, after: page.endCursor });
    expect([...names(page.nodes), ...names(rest.nodes)]).toEqual(['Doboj', 'Istočno Novo Sarajevo', 'Šamac', 'Trebinje']);
    expect(rest.hasNextPage).toBe(false);
  });

  it('lists only the current partners of a programme', async () => {
    await project(partner('trebinje'), partner('brcko'), partner('capljina'), removed('brcko'), partner('zenica', 'other-programme'));
    const page = await listMunicipalities(database.db, { partnerOf: 'makers', first: 10 });
    expect(names(page.nodes)).toEqual(['Čapljina', 'Trebinje']);
    expect(page.totalCount).toBe(2);
    expect(names((await listMunicipalities(database.db, { partnerOf: 'makers', entity: 'RS', first: 10 })).nodes)).toEqual(['Trebinje']);
  });

  it('shows a municipality taken back as a partner since it rejoined', async () => {
    await apply(
      recorded(partner('trebinje'), '2020-04-01T10:00:00.000Z'),
      recorded(removed('trebinje'), '2021-01-15T10:00:00.000Z'),
      recorded(partner('trebinje'), '2021-09-01T10:00:00.000Z'),
      recorded(partner('brcko'), '2020-04-02T10:00:00.000Z'),
    );
    expect(await listPartners(database.db, 'makers')).toEqual([
      { id: 'brcko', name: 'Brčko', nameCyrillic: 'Брчко', entity: 'BD', registeredAt: '2020-03-01T09:00:00.000Z', programmeId: 'makers', partnerSince: '2020-04-02T10:00:00.000Z' },
      { id: 'trebinje', name: 'Trebinje', nameCyrillic: 'Требиње', entity: 'RS', registeredAt: '2020-03-01T09:00:00.000Z', programmeId: 'makers', partnerSince: '2021-09-01T10:00:00.000Z' },
    ]);
  });

  it('leaves the same rows when an event is applied twice', async () => {
    const added = recorded(partner('doboj'));
    await apply(added, added, recorded(makersRegistered), recorded(municipalities[0]));
    expect((await getProgramme(database.db, 'makers'))?.partnerCount).toBe(1);
    expect((await listMunicipalities(database.db, { first: 50 })).totalCount).toBe(11);
  });

  it('refuses a cursor it did not give out', async () => {
    const programmesCursor = (await listProgrammes(database.db, { first: 1 })).endCursor;
    for (const after of ['not-a-cursor', programmesCursor!]) {
      await expect(listMunicipalities(database.db, { first: 5, after })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('refuses a page size outside 1 to 500', async () => {
    await expect(listMunicipalities(database.db, { first: 0 })).rejects.toBeInstanceOf(DomainError);
    await expect(listProgrammes(database.db, { first: 501 })).rejects.toMatchObject({ field: 'first' });
  });

  it('is rebuilt from zero after a teardown', async () => {
    await programmeProjection.teardown(database.db);
    await programmeProjection.setup(database.db);
    expect(await getProgramme(database.db, 'makers')).toBeNull();
    expect((await listMunicipalities(database.db, { first: 1 })).totalCount).toBe(0);
  });
});
