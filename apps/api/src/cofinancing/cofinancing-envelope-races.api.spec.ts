import { identity } from '@makers/kernel';
import { envelopeStreamName, initiativeStreamName } from '@makers/cofinancing';
import { WrongExpectedVersionError, type EventStore } from '@makers/event-store';
import { startApi, type ApiHarness, type GraphQLResponse } from '../testing/api-harness';
import {
  ACCEPT_REPORT,
  AMEND_AGREEMENT,
  amendAgreementInput,
  APPROVER,
  CLOSE_INITIATIVE,
  prepareProgramme,
  REPORTER,
  reportInput,
  SIGN_AGREEMENT,
  signAgreementInput,
  SUBMIT_REPORT,
} from './cofinancing.mutation-examples';
import { expectEnvelopeToHoldTheAgreementsInForce, startAwardInitiative, holdsLeftBy, meanwhileOnInitiative, netOnEnvelopeOf, raceOnTheEnvelope } from './envelope-races.fixtures';

const AMRA = identity('amra.hadzic@undp.org', ['programme-manager']);
const NIKOLA = identity('nikola.savic@undp.org', ['programme-manager']);

/** USD 50,000: small enough that two agreements of USD 30,000 and 40,000 do not fit together. */
const ENVELOPE = 5_000_000;

const rulesOf = (response: GraphQLResponse) => (response.errors ?? []).map((error) => ({ code: error.extensions?.code, rule: error.extensions?.rule }));

/**
 * Every append to the store fails from the moment the initiative's is tried: the process died between the reservation
 * on the envelope and the agreement, so nothing after the reservation is written (no compensation either).
 */
const crashBeforeTheAgreement = (store: EventStore, initiativeId: string) => {
  const append = store.appendToStream.bind(store);
  let crashed = false;
  const appends = jest.spyOn(store, 'appendToStream').mockImplementation(async (streamName, events, options) => {
    if (streamName === initiativeStreamName(initiativeId)) crashed = true;
    if (crashed) throw new Error('the process died');
    return append(streamName, events, options);
  });
  return { restore: () => appends.mockRestore() };
};

describe('the envelope holds what the agreements in force commit, whatever races an agreement', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api.close());

  const startInitiative = (initiativeId: string, programmeId: string) => startAwardInitiative(api, initiativeId, programmeId, 'envelope-races-call');

  /** A request traced by its correlation id, so what it appended to the envelope can be added up afterwards. */
  const as = (who: typeof AMRA, correlationId: string) => ({ as: who, headers: { 'x-correlation-id': correlationId } });
  const sign = (initiativeId: string, undpMinor: number, correlationId: string, who = AMRA) =>
    api.graphql(SIGN_AGREEMENT, { input: signAgreementInput(initiativeId, undpMinor) }, as(who, correlationId));
  /** An amendment of the agreement as signed (version 1), as every amendment here is made, whatever raced it. */
  const amend = (initiativeId: string, undpMinor: number, correlationId: string, who = AMRA, reason?: string) =>
    api.graphql(AMEND_AGREEMENT, { input: amendAgreementInput(initiativeId, undpMinor, { reason }) }, as(who, correlationId));
  const succeeds = async (response: Promise<GraphQLResponse>) => expect(rulesOf(await response)).toEqual([]);

  /** A programme of USD 50,000 with initiative A signed for `undpMinor` and B started. */
  const programmeWithA = async (unique: string, undpMinor: number) => {
    const programmeId = await prepareProgramme(api, unique, ENVELOPE);
    const [a, b] = [await startInitiative(`${unique}-a`, programmeId), await startInitiative(`${unique}-b`, programmeId)];
    await succeeds(sign(a, undpMinor, `${unique}-sign-a`));
    return { programmeId, a, b };
  };

  /** Its final report submitted and accepted: nothing stands in the way of closing it. */
  const readyToClose = async (initiativeId: string) => {
    await succeeds(api.graphql(SUBMIT_REPORT, { input: reportInput(initiativeId, 'final') }, { as: REPORTER }));
    await succeeds(api.graphql(ACCEPT_REPORT, { input: { initiativeId, reportId: 'final' } }, { as: APPROVER }));
  };
  const close = (initiativeId: string) => succeeds(api.graphql(CLOSE_INITIATIVE, { input: { initiativeId } }, { as: NIKOLA }));

  const envelopeTypesOf = async (programmeId: string, correlationId: string) =>
    (await api.allEvents()).filter((event) => event.streamName === envelopeStreamName(programmeId) && event.metadata.correlationId === correlationId).map((event) => event.type);

  it('refuses an amendment lowering UNDP’s share that a close-out overtook, releasing nothing: another agreement cannot take what was never freed', async () => {
    const { programmeId, a, b } = await programmeWithA('race-lower-close', 3_000_000);
    await readyToClose(a);

    const closing = meanwhileOnInitiative(api.store, a, () => close(a));
    const refused = await amend(a, 1_000_000, 'lower-close').finally(closing.restore);

    expect(rulesOf(refused)).toEqual([{ code: 'CONFLICT', rule: 'InitiativeClosed' }]);
    expect(await netOnEnvelopeOf(api, programmeId, 'lower-close')).toBe(0);
    // A's USD 30,000 are still committed: B's USD 40,000 do not fit in USD 50,000.
    expect(rulesOf(await sign(b, 4_000_000, 'lower-close-b'))).toEqual([{ code: 'CONFLICT', rule: 'EnvelopeExceeded' }]);
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(3_000_000);
  });

  it('refuses an amendment raising UNDP’s share that a close-out overtook, and cancels the reservation it had made', async () => {
    const { programmeId, a } = await programmeWithA('race-raise-close', 3_000_000);
    await readyToClose(a);

    const closing = meanwhileOnInitiative(api.store, a, () => close(a));
    const refused = await amend(a, 3_500_000, 'raise-close').finally(closing.restore);

    expect(rulesOf(refused)).toEqual([{ code: 'CONFLICT', rule: 'InitiativeClosed' }]);
    // The envelope's history shows the reservation and its cancellation; together they reserve nothing.
    expect(await envelopeTypesOf(programmeId, 'raise-close')).toEqual(['CommitmentReserved', 'ReservationCancelled']);
    expect(await netOnEnvelopeOf(api, programmeId, 'raise-close')).toBe(0);
    expect(await holdsLeftBy(api, programmeId, 'raise-close')).toEqual([]);
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(3_000_000);
  });

  it('frees what a lowering amendment gives back only once the amendment is in force', async () => {
    const { programmeId, a, b } = await programmeWithA('lower-then-free', 3_000_000);

    let meanwhile: GraphQLResponse | undefined;
    const signing = meanwhileOnInitiative(api.store, a, async () => {
      meanwhile = await sign(b, 4_000_000, 'lower-then-free-b');
    });
    await succeeds(amend(a, 1_000_000, 'lower-then-free').finally(signing.restore));

    // While A's amendment was being appended, its USD 30,000 were still held.
    expect(rulesOf(meanwhile as GraphQLResponse)).toEqual([{ code: 'CONFLICT', rule: 'EnvelopeExceeded' }]);
    await succeeds(sign(b, 4_000_000, 'lower-then-free-b-again'));
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(5_000_000);
  });

  it('cancels the reservation of an amendment that lost the race to the initiative every time (ConcurrentModification)', async () => {
    const { programmeId, a } = await programmeWithA('race-exhausted', 3_000_000);

    const losing = meanwhileOnInitiative(
      api.store,
      a,
      async () => {
        throw new WrongExpectedVersionError(initiativeStreamName(a), 0, 1);
      },
      3,
    );
    const refused = await amend(a, 3_500_000, 'exhausted').finally(losing.restore);

    expect(rulesOf(refused)).toEqual([{ code: 'CONFLICT', rule: 'ConcurrentModification' }]);
    expect(await envelopeTypesOf(programmeId, 'exhausted')).toEqual(['CommitmentReserved', 'ReservationCancelled']);
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(3_000_000);
  });

  it('cancels the reservation of a signing whose agreement failed to append, and a retry reserves anew', async () => {
    const programmeId = await prepareProgramme(api, 'append-fails', ENVELOPE);
    const a = await startInitiative('append-fails-a', programmeId);

    const failing = meanwhileOnInitiative(api.store, a, async () => {
      throw new Error('the disk is full');
    });
    const failed = await sign(a, 2_000_000, 'append-fails').finally(failing.restore);

    expect(rulesOf(failed)).toEqual([{ code: 'INTERNAL_SERVER_ERROR', rule: undefined }]);
    expect(await netOnEnvelopeOf(api, programmeId, 'append-fails')).toBe(0);
    await succeeds(sign(a, 2_500_000, 'append-fails-retry'));
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(2_500_000);
  });

  it.each([
    ['the same', 2_000_000],
    ['a higher', 2_500_000],
    ['a lower', 1_500_000],
  ])('signs, after a crash between the reservation and the agreement, with %s UNDP share, and holds exactly it', async (_, retriedMinor) => {
    const unique = `crash-sign-${retriedMinor}`;
    const programmeId = await prepareProgramme(api, unique, ENVELOPE);
    const a = await startInitiative(`${unique}-a`, programmeId);

    const crash = crashBeforeTheAgreement(api.store, a);
    await sign(a, 2_000_000, `${unique}-crashed`).finally(crash.restore);
    expect(await envelopeTypesOf(programmeId, `${unique}-crashed`)).toEqual(['CommitmentReserved']);

    await succeeds(sign(a, retriedMinor, `${unique}-retry`));
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(retriedMinor);
  });

  it.each([
    ['a higher', 3_500_000],
    ['a lower', 2_500_000],
  ])('amends, after a crash between the reservation and the amendment, with %s UNDP share, and holds exactly it', async (_, retriedMinor) => {
    const unique = `crash-amend-${retriedMinor}`;
    const { programmeId, a } = await programmeWithA(unique, 3_000_000);

    const crash = crashBeforeTheAgreement(api.store, a);
    await amend(a, 4_000_000, `${unique}-crashed`).finally(crash.restore);

    await succeeds(amend(a, retriedMinor, `${unique}-retry`));
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(retriedMinor);
  });

  it.each([
    ['raises', 'lowers', 4_000_000, 2_000_000],
    ['lowers', 'raises', 2_000_000, 4_000_000],
    ['raises', 'raises less', 4_000_000, 3_500_000],
    ['raises', 'raises more', 3_500_000, 4_500_000],
    ['lowers', 'lowers more', 2_000_000, 1_000_000],
    ['raises', 'raises alike', 4_000_000, 4_000_000],
    ['lowers', 'lowers alike', 2_000_000, 2_000_000],
  ])('refuses an amendment that %s UNDP’s share once one that %s it overtook it, holding the agreement in force', async (_, __, firstMinor, otherMinor) => {
    const unique = `amend-amend-${firstMinor}-${otherMinor}`;
    const { programmeId, a } = await programmeWithA(unique, 3_000_000);

    const overtaking = meanwhileOnInitiative(api.store, a, () => succeeds(amend(a, otherMinor, `${unique}-other`, NIKOLA, 'Izmjena')));
    const answer = await amend(a, firstMinor, `${unique}-first`, AMRA, 'Izmjena').finally(overtaking.restore);

    // Decided again on the other amendment's version 2: refused as made against version 1, no longer in force
    // (AgreementVersionChanged), rather than reverting it; or, when it says the same, as a repeat (AmendmentChangesNothing,
    // checked first).
    expect(rulesOf(answer)).toEqual([{ code: 'CONFLICT', rule: firstMinor === otherMinor ? 'AmendmentChangesNothing' : 'AgreementVersionChanged' }]);
    // Refused, it leaves no hold of its own. A raising one had held its raise before the other came in; the other, settled
    // on version 2, gave that hold back (no version 2 of its own can land now), so its cancellation found nothing: its
    // events add up to its own raise (none for a lowering one), the other's to the rest of the change in force.
    expect(await holdsLeftBy(api, programmeId, `${unique}-first`)).toEqual([]);
    const [first, other] = [await netOnEnvelopeOf(api, programmeId, `${unique}-first`), await netOnEnvelopeOf(api, programmeId, `${unique}-other`)];
    expect(first).toBe(Math.max(firstMinor - 3_000_000, 0));
    expect(first + other).toBe(otherMinor - 3_000_000);
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(otherMinor);
  });

  it('of two signings of the same initiative racing to its stream, holds the one appended and none of the other', async () => {
    const programmeId = await prepareProgramme(api, 'race-same-initiative', ENVELOPE);
    const a = await startInitiative('race-same-initiative-a', programmeId);

    const overtaking = meanwhileOnInitiative(api.store, a, () => succeeds(sign(a, 2_000_000, 'same-initiative-other', NIKOLA)));
    const refused = await sign(a, 2_500_000, 'same-initiative-first').finally(overtaking.restore);

    expect(rulesOf(refused)).toEqual([{ code: 'CONFLICT', rule: 'AgreementAlreadySigned' }]);
    expect(await holdsLeftBy(api, programmeId, 'same-initiative-first')).toEqual([]);
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(2_000_000);
  });

  it('of two signings over what remains, fired at once, holds only the one signed', async () => {
    const { programmeId, b } = await programmeWithA('race-sign-sign', 2_000_000);
    const c = await startInitiative('race-sign-sign-c', programmeId);

    const race = raceOnTheEnvelope(api.store, 2);
    const answers = await Promise.all([sign(b, 2_000_000, 'sign-sign-b', AMRA), sign(c, 2_000_000, 'sign-sign-c', NIKOLA)]).finally(race.restore);

    expect(answers.map(rulesOf).sort((x, y) => x.length - y.length)).toEqual([[], [{ code: 'CONFLICT', rule: 'EnvelopeExceeded' }]]);
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, programmeId, ENVELOPE)).toBe(4_000_000);
  });
});
