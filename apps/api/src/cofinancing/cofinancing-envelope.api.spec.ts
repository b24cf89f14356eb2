import { identity } from '@makers/kernel';
import { ENVELOPE_STREAM_PREFIX, initiativeStreamName } from '@makers/cofinancing';
import type { RecordedEvent } from '@makers/event-store';
import { REGISTER_PROGRAMME, registerProgrammeInput } from '../programme/programme.mutation-examples';
import { errorCodes, startApi, type ApiHarness, type GraphQLResponse } from '../testing/api-harness';
import { setUp } from '../testing/mutation-examples';
import {
  AMEND_AGREEMENT,
  amendAgreementInput,
  agreementParties,
  EXAMPLE_MUNICIPALITY_ID,
  prepareProgramme,
  SIGN_AGREEMENT,
  signAgreementInput,
} from './cofinancing.mutation-examples';
import { envelopeCommandId } from './envelope-reservation';
import { expectEnvelopeToHoldTheAgreementsInForce, startAwardInitiative, raceOnTheEnvelope } from './envelope-races.fixtures';

const AMRA = identity('amra.hadzic@undp.org', ['programme-manager']);
const NIKOLA = identity('nikola.savic@undp.org', ['programme-manager']);

const rulesOf = (response: GraphQLResponse) => (response.errors ?? []).map((error) => ({ code: error.extensions?.code, rule: error.extensions?.rule }));

describe('UNDP’s commitments against the programme envelope, through GraphQL', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api.close());

  const startInitiative = (initiativeId: string, programmeId: string) => startAwardInitiative(api, initiativeId, programmeId, 'envelope-call');

  const sign = (initiativeId: string, undpMinor: number, as = AMRA) => api.graphql(SIGN_AGREEMENT, { input: signAgreementInput(initiativeId, undpMinor) }, { as });
  const since = async (before: number): Promise<RecordedEvent[]> => (await api.allEvents()).slice(before);
  const envelopeEvents = async (programmeId: string) => (await api.allEvents()).filter((event) => event.streamName === `${ENVELOPE_STREAM_PREFIX}${programmeId}`);
  const reservedNow = async (programmeId: string) => {
    const events = await envelopeEvents(programmeId);
    return (events[events.length - 1]?.data as { reservedUsdMinor: number } | undefined)?.reservedUsdMinor ?? 0;
  };

  /** Sends, expects the refusal, and proves that nothing was appended anywhere. */
  const refused = async (send: () => Promise<GraphQLResponse>, code: string, rule: string) => {
    const before = (await api.allEvents()).length;
    expect(rulesOf(await send())).toEqual([{ code, rule }]);
    expect((await api.allEvents()).length).toBe(before);
  };

  it('of two signings that together pass what remains of the envelope, fired at once, signs exactly one; the other is EnvelopeExceeded and appends nothing', async () => {
    // USD 50,000, of which USD 20,000 is already committed: USD 30,000 remain for two agreements of USD 20,000.
    const programmeId = await prepareProgramme(api, 'race-over', 5_000_000);
    await startInitiative('over-first', programmeId);
    expect(errorCodes(await sign('over-first', 2_000_000))).toEqual([]);
    const [a, b] = [await startInitiative('over-a', programmeId), await startInitiative('over-b', programmeId)];

    const before = (await api.allEvents()).length;
    const race = raceOnTheEnvelope(api.store, 2);
    const answers = await Promise.all([sign(a, 2_000_000, AMRA), sign(b, 2_000_000, NIKOLA)]).finally(race.restore);

    // Both read the envelope at the same revision: one append lost, was decided again, and did not fit.
    expect(race.wrongExpectedVersions).toBe(1);
    expect(answers.map(rulesOf).sort((x, y) => x.length - y.length)).toEqual([[], [{ code: 'CONFLICT', rule: 'EnvelopeExceeded' }]]);
    const winner = answers[0].errors ? b : a;
    const appended = await since(before);
    expect(appended.map(({ type, streamName }) => ({ type, streamName }))).toEqual([
      { type: 'CommitmentReserved', streamName: `${ENVELOPE_STREAM_PREFIX}${programmeId}` },
      { type: 'AgreementSigned', streamName: initiativeStreamName(winner) },
    ]);
    const all = await api.allEvents();
    expect(all.filter((event) => event.type === 'AgreementSigned' && [a, b].map(initiativeStreamName).includes(event.streamName))).toHaveLength(1);
    expect((await envelopeEvents(programmeId)).map((event) => (event.data as { initiativeId: string }).initiativeId)).toEqual(['over-first', winner]);
    expect(await reservedNow(programmeId)).toBe(4_000_000);
    await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, 5_000_000);
  });

  it('signs both of two agreements fired at once that fit together, the total reserved being their sum', async () => {
    const programmeId = await prepareProgramme(api, 'race-fits', 5_000_000);
    const [a, b] = [await startInitiative('fits-a', programmeId), await startInitiative('fits-b', programmeId)];

    const before = (await api.allEvents()).length;
    const race = raceOnTheEnvelope(api.store, 2);
    const answers = await Promise.all([sign(a, 2_000_000, AMRA), sign(b, 2_500_000, NIKOLA)]).finally(race.restore);

    expect(race.wrongExpectedVersions).toBe(1);
    expect(answers.map(errorCodes)).toEqual([[], []]);
    const appended = await since(before);
    expect(appended.filter((event) => event.type === 'AgreementSigned')).toHaveLength(2);
    const reserved = appended.filter((event) => event.type === 'CommitmentReserved').map((event) => event.data as { undpUsdMinor: number; reservedUsdMinor: number });
    expect(reserved.map((data) => data.undpUsdMinor).sort()).toEqual([2_000_000, 2_500_000]);
    expect(reserved.map((data) => data.reservedUsdMinor).sort()).toEqual([reserved[0].undpUsdMinor, 4_500_000].sort());
    expect(await reservedNow(programmeId)).toBe(4_500_000);
    await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, 5_000_000);
  });

  it('settles many signings fired at once without a hold: never more reserved than the envelope, one reservation per agreement signed', async () => {
    const programmeId = await prepareProgramme(api, 'race-free', 5_000_000);
    const ids = ['free-a', 'free-b', 'free-c'];
    for (const id of ids) await startInitiative(id, programmeId);
    const answers = await Promise.all(ids.map((id, index) => sign(id, 2_000_000, index % 2 ? NIKOLA : AMRA)));
    const signed = ids.filter((_, index) => errorCodes(answers[index]).length === 0);
    // Two fit in USD 50,000; the third is EnvelopeExceeded or, having lost the race three times, ConcurrentModification.
    expect(signed).toHaveLength(2);
    const all = await api.allEvents();
    expect(all.filter((event) => event.type === 'AgreementSigned' && ids.map(initiativeStreamName).includes(event.streamName))).toHaveLength(2);
    // A signing refused on its reservation appended nothing there; one that lost the race to its initiative three times
    // would show its reservation and the cancellation.
    const reservations = (await envelopeEvents(programmeId)).filter((event) => event.type === 'CommitmentReserved');
    expect(reservations.map((event) => (event.data as { initiativeId: string }).initiativeId).sort()).toEqual(signed.sort());
    expect(await reservedNow(programmeId)).toBe(4_000_000);
    await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, 5_000_000);
  });

  it('cancels the reservation of a signing whose agreement failed to append, and a re-run reserves it once more', async () => {
    const programmeId = await prepareProgramme(api, 'retry', 5_000_000);
    const id = await startInitiative('retry', programmeId);
    // The envelope's append goes through; the agreement's fails once, as a crash between the two would leave it.
    const append = api.store.appendToStream.bind(api.store);
    let failedOnce = false;
    const failing = jest.spyOn(api.store, 'appendToStream').mockImplementation(async (streamName, events, options) => {
      if (streamName === initiativeStreamName(id) && !failedOnce) {
        failedOnce = true;
        throw new Error('the disk is full');
      }
      return append(streamName, events, options);
    });
    const before = (await api.allEvents()).length;
    const failed = await sign(id, 2_000_000).finally(() => failing.mockRestore());
    expect(errorCodes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
    // The caller is told it failed, and the envelope is where it was: the reservation and its cancellation, both shown.
    const afterFailure = await since(before);
    expect(afterFailure.map((event) => event.type)).toEqual(['CommitmentReserved', 'ReservationCancelled']);
    expect(afterFailure[1].data).toEqual(expect.objectContaining({ changeUsdMinor: 2_000_000, reservedUsdMinor: 0, reason: 'AgreementNotAppended' }));
    expect(await reservedNow(programmeId)).toBe(0);

    const retried = await api.graphql(SIGN_AGREEMENT.replace('events { type streamName }', 'events { type }'), { input: signAgreementInput(id, 2_000_000) }, { as: AMRA });
    expect(retried.data?.signAgreement.events).toEqual([{ type: 'CommitmentReserved' }, { type: 'AgreementSigned' }]);
    expect((await since(before)).map((event) => event.type)).toEqual(['CommitmentReserved', 'ReservationCancelled', 'CommitmentReserved', 'AgreementSigned']);
    expect(await reservedNow(programmeId)).toBe(2_000_000);
    await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, 5_000_000);
  });

  it('reserves only the increase of a raised amendment, releases what a lowered one frees once it is in force, and leaves the envelope alone otherwise', async () => {
    const programmeId = await prepareProgramme(api, 'amend', 5_000_000);
    const id = await startInitiative('amend', programmeId);
    await sign(id, 2_000_000);
    /** An amendment of version `expectedAgreementVersion`, the one in force (1: as signed), to `parties`. */
    const amend = (undpMinor: number, reason: string, expectedAgreementVersion: number, parties = agreementParties(undpMinor)) =>
      api.graphql(AMEND_AGREEMENT, { input: { ...amendAgreementInput(id, undpMinor, { reason, expectedAgreementVersion }), parties } }, { as: AMRA });

    let before = (await api.allEvents()).length;
    expect(errorCodes(await amend(2_500_000, 'Rasvjeta', 1))).toEqual([]);
    const [reservation, amendment] = await since(before);
    expect([reservation, amendment].map((event) => [event.type, (event.data as { changeUsdMinor?: number }).changeUsdMinor])).toEqual([
      ['CommitmentReserved', 500_000],
      ['AgreementAmended', undefined],
    ]);
    // One request: one correlation id; the reservation is caused by its own command, derived from the amendment's.
    expect(reservation.metadata.correlationId).toBe(amendment.metadata.correlationId);
    expect(reservation.metadata.causationId).toBe(envelopeCommandId(amendment.metadata.causationId));

    await refused(() => amend(5_000_001, 'Previše', 2), 'CONFLICT', 'EnvelopeExceeded');

    before = (await api.allEvents()).length;
    expect(errorCodes(await amend(1_500_000, 'Jeftiniji materijal', 2))).toEqual([]);
    const [lowered, release] = await since(before);
    expect([lowered, release].map((event) => [event.type, (event.data as { changeUsdMinor?: number }).changeUsdMinor])).toEqual([
      ['AgreementAmended', undefined],
      ['CommitmentReleased', 1_000_000],
    ]);
    expect(release.metadata.causationId).toBe(envelopeCommandId(lowered.metadata.causationId, 'release'));

    before = (await api.allEvents()).length;
    const renamed = agreementParties(1_500_000).map((party) => (party.kind === 'MUNICIPALITY' ? { ...party, name: 'Grad Gradačac (Služba za razvoj)' } : party));
    expect(errorCodes(await amend(1_500_000, 'Naziv službe', 3, renamed))).toEqual([]);
    expect((await since(before)).map((event) => event.type)).toEqual(['AgreementAmended']);
    expect(await reservedNow(programmeId)).toBe(1_500_000);
    await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, 5_000_000);
  });

  it('reserves nothing for an agreement it refuses, and nothing without a programme whose envelope is in USD', async () => {
    const programmeId = await prepareProgramme(api, 'refusals', 5_000_000);
    const id = await startInitiative('refused', programmeId);
    const twoUndp = [...agreementParties(), { partyId: 'undp-2', kind: 'UNDP', name: 'UNDP again', amountMinor: 100, currency: 'USD' }];
    await refused(() => api.graphql(SIGN_AGREEMENT, { input: { ...signAgreementInput(id), parties: twoUndp } }), 'BAD_USER_INPUT', 'ExactlyOneUndpParty');
    await refused(() => sign('never-started', 2_000_000), 'NOT_FOUND', 'InitiativeNotFound');
    await refused(() => sign(id, 2_000_000, identity('officer@gradacac.ba', ['municipal-officer'], { municipalityIds: [EXAMPLE_MUNICIPALITY_ID] })), 'FORBIDDEN', 'NotPermitted');
    await refused(() => sign(id, 5_000_001), 'CONFLICT', 'EnvelopeExceeded');

    await startInitiative('unknown-programme', 'no-such-programme');
    await refused(() => sign('unknown-programme', 2_000_000), 'NOT_FOUND', 'ProgrammeNotFound');

    await setUp(api, REGISTER_PROGRAMME, { ...registerProgrammeInput('cofinancing-in-euros'), currency: 'EUR' });
    await startInitiative('in-euros', 'cofinancing-in-euros');
    await refused(() => sign('in-euros', 2_000_000), 'CONFLICT', 'EnvelopeNotInUsd');
    expect(await envelopeEvents(programmeId)).toEqual([]);
  });
});
