import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { PlatformEvent, PlatformFormed } from '../../platform/platform.events';
import { platformStreamName } from '../../platform/platform.stream-name';
import { countCurrentMembers, platformStatistics } from './platform-statistics.queries';
import { platformProjection } from './platform.projection';
import { getPlatform, listMemberships, listMilestones, listPlatforms } from './platform.queries';

const recorded = (event: PlatformEvent, occurredAt = '2021-03-01T09:00:00.000Z'): RecordedEvent =>
  recordedEvent(event, platformStreamName(event.data.platformId), { actor: 'amra.hadzic@undp.example', occurredAt });

const novoSarajevo = { municipalityId: 'novo-sarajevo', name: 'Novo Sarajevo', entity: 'FBIH' as const };
const istocnoNovoSarajevo = { municipalityId: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo', entity: 'RS' as const };
const doboj = { municipalityId: 'doboj', name: 'Doboj', entity: 'RS' as const };
const dobojIstok = { municipalityId: 'doboj-istok', name: 'Doboj Istok', entity: 'FBIH' as const };
const brcko = { municipalityId: 'brcko', name: 'Brčko', entity: 'BD' as const };

const formed = (platformId: string, name: string, municipalities: PlatformFormed['data']['municipalities']): PlatformFormed => ({
  type: 'PlatformFormed',
  data: {
    platformId,
    name,
    municipalities,
    interMunicipal: municipalities.length > 1,
    interEntity: new Set(municipalities.map((municipality) => municipality.entity)).size > 1,
    quorum: { kind: 'majority' },
  },
});
const sarajevo = formed('novo-sarajevo-istocno-novo-sarajevo', 'Platforma Novo Sarajevo – Istočno Novo Sarajevo', [novoSarajevo, istocnoNovoSarajevo]);
const dobojPlatform = formed('doboj-doboj-istok', 'Doboj – Doboj Istok', [doboj, dobojIstok]);
const brckoPlatform = formed('brcko', 'Brčko', [brcko]);

const admitted = (platformId: string, personId: string, role: 'young-activist' | 'municipal-staff' | 'citizen', sex: 'female' | 'male', joinedOn = '2021-03-10'): PlatformEvent => ({
  type: 'MemberAdmitted',
  data: { platformId, personId, role, sex, joinedOn },
});
const SARAJEVO = sarajevo.data.platformId;

describeOnDatabases('the platform read model', (database) => {

  const apply = async (...events: RecordedEvent[]) => {
    for (const event of events) await database.db.transaction().execute((trx) => platformProjection.apply(trx, event));
  };
  const project = (...events: PlatformEvent[]) => apply(...events.map((event) => recorded(event)));

  beforeEach(async () => {
    await platformProjection.setup(database.db);
    await project(sarajevo, dobojPlatform, brckoPlatform);
  });

  it('shows an inter-entity platform with its municipalities, flags, quorum rule and empty seats', async () => {
    expect(await getPlatform(database.db, SARAJEVO)).toEqual({
      id: SARAJEVO,
      name: 'Platforma Novo Sarajevo – Istočno Novo Sarajevo',
      municipalities: [
        { id: 'novo-sarajevo', name: 'Novo Sarajevo', entity: 'FBIH' },
        { id: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo', entity: 'RS' },
      ],
      interMunicipal: true,
      interEntity: true,
      state: 'forming',
      stateReason: null,
      quorum: { kind: 'majority' },
      coChairs: { 'young-activist': null, 'municipal-staff': null },
      institutionalisedOn: null,
      formedAt: '2021-03-01T09:00:00.000Z',
    });
    expect(await getPlatform(database.db, 'brcko')).toMatchObject({ interMunicipal: false, interEntity: false });
    expect(await getPlatform(database.db, 'nowhere')).toBeNull();
  });

  it('filters platforms by municipality, entity and state, and pages through them alphabetically', async () => {
    const ids = async (options: Parameters<typeof listPlatforms>[1]) => (await listPlatforms(database.db, options)).nodes.map((node) => node.id);
    expect(await ids({ first: 10 })).toEqual(['brcko', 'doboj-doboj-istok', SARAJEVO]);
    expect(await ids({ first: 10, municipalityId: 'doboj-istok' })).toEqual(['doboj-doboj-istok']);
    expect(await ids({ first: 10, entity: 'RS' })).toEqual(['doboj-doboj-istok', SARAJEVO]);
    expect(await ids({ first: 10, entity: 'BD', state: 'forming' })).toEqual(['brcko']);
    expect(await ids({ first: 10, state: 'active' })).toEqual([]);
    const first = await listPlatforms(database.db, { first: 2 });
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
    const second = await listPlatforms(database.db, { first: 2, after: first.endCursor });
    expect(second).toMatchObject({ totalCount: 3, hasNextPage: false, nodes: [{ id: SARAJEVO, municipalities: [{ id: 'novo-sarajevo' }, { id: 'istocno-novo-sarajevo' }] }] });
  });

  it('refuses a cursor of another list and an unknown state', async () => {
    await expect(listPlatforms(database.db, { first: 2, after: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    await expect(listPlatforms(database.db, { first: 2, state: 'asleep' as never })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
  });

  it('moves a platform through its states by events: active, dormant, revived, closed', async () => {
    const state = async () => (await getPlatform(database.db, SARAJEVO))?.state;
    await project({ type: 'PlatformActivated', data: { platformId: SARAJEVO } });
    expect(await state()).toBe('active');
    await project({ type: 'PlatformWentDormant', data: { platformId: SARAJEVO, reason: 'No meetings since the elections' } });
    expect(await getPlatform(database.db, SARAJEVO)).toMatchObject({ state: 'dormant', stateReason: 'No meetings since the elections' });
    await project({ type: 'PlatformRevived', data: { platformId: SARAJEVO } });
    expect(await getPlatform(database.db, SARAJEVO)).toMatchObject({ state: 'active', stateReason: null });
    await project({ type: 'PlatformClosed', data: { platformId: SARAJEVO, reason: 'Merged into the city platform' } });
    expect(await getPlatform(database.db, SARAJEVO)).toMatchObject({ state: 'closed', stateReason: 'Merged into the city platform' });
    expect((await listPlatforms(database.db, { first: 10, state: 'closed' })).nodes.map((node) => node.id)).toEqual([SARAJEVO]);
  });

  it('keeps a platform recognised while dormant dormant, and revives it as institutionalised', async () => {
    await project(
      { type: 'PlatformActivated', data: { platformId: SARAJEVO } },
      { type: 'PlatformWentDormant', data: { platformId: SARAJEVO, reason: 'Summer break' } },
      { type: 'PlatformInstitutionalised', data: { platformId: SARAJEVO, milestoneId: 'm-1', institutionalisedOn: '2021-09-01' } },
    );
    expect(await getPlatform(database.db, SARAJEVO)).toMatchObject({ state: 'dormant', institutionalisedOn: '2021-09-01' });
    await project({ type: 'PlatformRevived', data: { platformId: SARAJEVO } });
    expect(await getPlatform(database.db, SARAJEVO)).toMatchObject({ state: 'institutionalised', stateReason: null });
  });

  it('keeps every membership, current and past, a rejoined person twice; a co-chair who leaves vacates the seat', async () => {
    await project(
      admitted(SARAJEVO, 'amina', 'young-activist', 'female'),
      admitted(SARAJEVO, 'dragan', 'municipal-staff', 'male', '2021-03-11'),
      { type: 'CoChairsNamed', data: { platformId: SARAJEVO, youngActivistId: 'amina', municipalStaffId: 'dragan', namedOn: '2021-03-12' } },
      { type: 'MemberLeft', data: { platformId: SARAJEVO, personId: 'dragan', leftOn: '2021-06-30', reason: null } },
      { type: 'CoChairSeatVacated', data: { platformId: SARAJEVO, seat: 'municipal-staff', personId: 'dragan', vacatedOn: '2021-06-30' } },
      admitted(SARAJEVO, 'dragan', 'citizen', 'male', '2021-09-01'),
    );
    expect((await getPlatform(database.db, SARAJEVO))?.coChairs).toEqual({ 'young-activist': { personId: 'amina', since: '2021-03-12' }, 'municipal-staff': null });
    expect(await listMemberships(database.db, SARAJEVO)).toEqual([
      { platformId: SARAJEVO, personId: 'amina', role: 'young-activist', sex: 'female', joinedOn: '2021-03-10', leftOn: null, current: true },
      { platformId: SARAJEVO, personId: 'dragan', role: 'municipal-staff', sex: 'male', joinedOn: '2021-03-11', leftOn: '2021-06-30', current: false },
      { platformId: SARAJEVO, personId: 'dragan', role: 'citizen', sex: 'male', joinedOn: '2021-09-01', leftOn: null, current: true },
    ]);
    expect((await listMemberships(database.db, SARAJEVO, { current: false })).map((member) => member.role)).toEqual(['municipal-staff']);
    expect((await listMemberships(database.db, SARAJEVO, { current: true })).map((member) => member.personId)).toEqual(['amina', 'dragan']);
  });

  it('counts current members by role and sex, zeros included, over one platform or a filter', async () => {
    await project(
      admitted(SARAJEVO, 'amina', 'young-activist', 'female'),
      admitted(SARAJEVO, 'nikola', 'young-activist', 'male'),
      admitted(SARAJEVO, 'dragan', 'municipal-staff', 'male'),
      { type: 'MemberLeft', data: { platformId: SARAJEVO, personId: 'nikola', leftOn: '2021-04-01', reason: 'Moved to Banja Luka' } },
      admitted('doboj-doboj-istok', 'mirela', 'citizen', 'female'),
    );
    const sarajevoCounts = await countCurrentMembers(database.db, { platformId: SARAJEVO });
    expect(sarajevoCounts.total).toBe(2);
    expect(sarajevoCounts.byRole).toEqual([
      { role: 'young-activist', count: 1 },
      { role: 'municipal-staff', count: 1 },
      { role: 'moderator', count: 0 },
      { role: 'mentor', count: 0 },
      { role: 'citizen', count: 0 },
    ]);
    expect(sarajevoCounts.bySex).toEqual([
      { sex: 'female', count: 1 },
      { sex: 'male', count: 1 },
      { sex: 'other', count: 0 },
      { sex: 'undisclosed', count: 0 },
    ]);
    expect(sarajevoCounts.byRoleAndSex).toContainEqual({ role: 'young-activist', sex: 'female', count: 1 });
    expect(sarajevoCounts.byRoleAndSex).toContainEqual({ role: 'young-activist', sex: 'male', count: 0 });
    expect((await countCurrentMembers(database.db, { entity: 'RS' })).total).toBe(3);
    expect((await countCurrentMembers(database.db, { municipalityId: 'brcko' })).total).toBe(0);
  });

  it('sums platforms by state and by reach for a dashboard', async () => {
    await project({ type: 'PlatformActivated', data: { platformId: 'brcko' } }, admitted('brcko', 'amina', 'young-activist', 'female'));
    const statistics = await platformStatistics(database.db);
    expect(statistics).toMatchObject({ platforms: 3, interMunicipal: 2, interEntity: 2, members: { total: 1 } });
    expect(statistics.byState).toEqual([
      { state: 'forming', count: 2 },
      { state: 'active', count: 1 },
      { state: 'institutionalised', count: 0 },
      { state: 'dormant', count: 0 },
      { state: 'closed', count: 0 },
    ]);
    expect(await platformStatistics(database.db, { entity: 'BD' })).toMatchObject({ platforms: 1, interEntity: 0 });
  });

  it('lists milestones with their evidence, and the funding call in minor units', async () => {
    await project(
      { type: 'PlatformActivated', data: { platformId: SARAJEVO } },
      {
        type: 'InstitutionalisationMilestoneRecorded',
        data: {
          platformId: SARAJEVO,
          milestoneId: 'call-2022',
          kind: 'public-funding-call-includes-priorities',
          municipalityId: 'istocno-novo-sarajevo',
          achievedOn: '2022-02-15',
          referenceNumber: '02-014-55/22',
          documentUrl: 'https://istocnonovosarajevo.example/javni-poziv-2022.pdf',
          call: { reference: 'JP-2022-01', amount: { amountMinor: 3_000_000_00, currency: 'BAM' } },
        },
      },
      {
        type: 'InstitutionalisationMilestoneRecorded',
        data: {
          platformId: SARAJEVO,
          milestoneId: 'methodology',
          kind: 'methodology-adopted',
          municipalityId: 'novo-sarajevo',
          achievedOn: '2021-11-25',
          referenceNumber: '01-02-1234/21',
          documentUrl: 'https://novosarajevo.example/odluka.pdf',
          call: null,
        },
      },
    );
    expect(await listMilestones(database.db, SARAJEVO)).toEqual([
      expect.objectContaining({ milestoneId: 'methodology', kind: 'methodology-adopted', municipalityId: 'novo-sarajevo', call: null }),
      expect.objectContaining({
        milestoneId: 'call-2022',
        referenceNumber: '02-014-55/22',
        documentUrl: 'https://istocnonovosarajevo.example/javni-poziv-2022.pdf',
        call: { reference: 'JP-2022-01', amount: { amountMinor: 300_000_000, currency: 'BAM' } },
      }),
    ]);
  });

  it('leaves the same rows when an event is applied twice', async () => {
    const admission = recorded(admitted(SARAJEVO, 'amina', 'young-activist', 'female'));
    const left = recorded({ type: 'MemberLeft', data: { platformId: SARAJEVO, personId: 'amina', leftOn: '2021-05-01', reason: null } });
    await apply(admission, left, admission, left, recorded(sarajevo));
    expect(await listMemberships(database.db, SARAJEVO)).toEqual([expect.objectContaining({ personId: 'amina', leftOn: '2021-05-01' })]);
    expect((await listPlatforms(database.db, { first: 10 })).totalCount).toBe(3);
  });

  it('is rebuilt from zero after a teardown', async () => {
    await platformProjection.teardown(database.db);
    await platformProjection.setup(database.db);
    expect(await getPlatform(database.db, SARAJEVO)).toBeNull();
    expect((await listPlatforms(database.db, { first: 1 })).totalCount).toBe(0);
  });
});
