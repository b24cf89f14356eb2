import { fold } from '@makers/kernel';
import {
  ENVELOPE_STREAM_PREFIX,
  envelopeDecider,
  envelopeStreamName,
  initiativeDecider,
  initiativeStreamName,
  reservedFor,
  type EnvelopeEvent,
  type InitiativeEvent,
  type InitiativeStarted,
} from '@makers/cofinancing';
import { WrongExpectedVersionError, type EventStore, type RecordedEvent } from '@makers/event-store';
import type { ApiHarness } from '../testing/api-harness';
import { EXAMPLE_MUNICIPALITY_ID, sendInitiativeCommand } from './cofinancing.mutation-examples';

/** An initiative of `programmeId`, started as the award process starts one (USD 20,000 awarded), for the envelope specs. */
export const startAwardInitiative = async (api: ApiHarness, initiativeId: string, programmeId: string, callId = 'envelope-call'): Promise<string> => {
  await sendInitiativeCommand(api, {
    type: 'StartInitiativeFromAward',
    data: {
      initiativeId,
      programmeId,
      callId,
      proposalId: initiativeId,
      municipalityId: EXAMPLE_MUNICIPALITY_ID,
      title: `Inicijativa ${initiativeId}`,
      amount: { amountMinor: 2_000_000, currency: 'USD' },
    },
  });
  return initiativeId;
};

/**
 * Holds the first `count` reads of an envelope stream until all of them have read it, so that many agreements decide
 * their reservation on the same revision and race to append: the race the envelope's expected revision must settle.
 * Counts the appends to an envelope stream refused for a wrong expected version (each then decided again).
 */
export const raceOnTheEnvelope = (store: EventStore, count: number) => {
  const read = store.readStream.bind(store);
  const append = store.appendToStream.bind(store);
  const released: (() => void)[] = [];
  const race = { wrongExpectedVersions: 0 };
  const reads = jest.spyOn(store, 'readStream').mockImplementation(async (streamName, options) => {
    const events = await read(streamName, options);
    if (streamName.startsWith(ENVELOPE_STREAM_PREFIX) && released.length < count) {
      await new Promise<void>((resolve) => {
        released.push(resolve);
        if (released.length === count) released.forEach((release) => release());
      });
    }
    return events;
  });
  const appends = jest.spyOn(store, 'appendToStream').mockImplementation(async (streamName, events, options) => {
    try {
      return await append(streamName, events, options);
    } catch (error) {
      if (error instanceof WrongExpectedVersionError && streamName.startsWith(ENVELOPE_STREAM_PREFIX)) race.wrongExpectedVersions += 1;
      throw error;
    }
  });
  return Object.assign(race, {
    restore: () => {
      reads.mockRestore();
      appends.mockRestore();
    },
  });
};

/**
 * Runs `meanwhile` just before the next `times` appends to an initiative's stream, as another writer changing the
 * initiative between the moment a command read it and the moment it appends: the append then fails with a wrong
 * expected version (when `meanwhile` wrote) and the command is decided again. What `meanwhile` itself appends is not held.
 */
export const meanwhileOnInitiative = (store: EventStore, initiativeId: string, meanwhile: (attempt: number) => Promise<unknown>, times = 1) => {
  const append = store.appendToStream.bind(store);
  let held = 0;
  let inside = false;
  const appends = jest.spyOn(store, 'appendToStream').mockImplementation(async (streamName, events, options) => {
    if (streamName === initiativeStreamName(initiativeId) && !inside && held < times) {
      held += 1;
      inside = true;
      try {
        await meanwhile(held);
      } finally {
        inside = false;
      }
    }
    return append(streamName, events, options);
  });
  return { restore: () => appends.mockRestore() };
};

/** What an envelope event adds to the reserved total: a reservation adds, a release or a cancellation gives back. */
export const signedChange = (event: RecordedEvent): number => {
  const envelopeEvent = event as unknown as EnvelopeEvent;
  switch (envelopeEvent.type) {
    case 'CommitmentReserved':
      return envelopeEvent.data.changeUsdMinor;
    case 'CommitmentReleased':
    case 'ReservationCancelled':
      return -envelopeEvent.data.changeUsdMinor;
    default:
      return 0;
  }
};

/**
 * The invariant the envelope exists for, checked from the events alone: for every initiative of the programme, what the
 * envelope holds (its stream folded) is UNDP's commitment under the agreement in force (the initiative's stream
 * folded), so the reserved total is their sum; the reserved total is also the sum of the envelope events' changes (as
 * a read model adds them up) and stays within the envelope.
 */
export const expectEnvelopeToHoldTheAgreementsInForce = async (api: ApiHarness, programmeId: string, envelopeUsdMinor: number) => {
  const all = await api.allEvents();
  const streamOf = (streamName: string) => all.filter((event) => event.streamName === streamName);
  const envelopeEvents = streamOf(envelopeStreamName(programmeId));
  const envelope = fold(envelopeDecider, envelopeEvents as unknown as EnvelopeEvent[]);
  const initiativeIds = all
    .filter((event) => event.type === 'InitiativeStarted' && (event.data as InitiativeStarted['data']).programmeId === programmeId)
    .map((event) => (event.data as InitiativeStarted['data']).initiativeId);
  const inForce = Object.fromEntries(
    initiativeIds.map((initiativeId) => {
      const initiative = fold(initiativeDecider, streamOf(initiativeStreamName(initiativeId)) as unknown as InitiativeEvent[]);
      return [initiativeId, initiative.status === 'started' ? (initiative.agreement?.undpCommitmentUsdMinor ?? 0) : 0];
    }),
  );
  const held = Object.fromEntries(initiativeIds.map((initiativeId) => [initiativeId, reservedFor(envelope, initiativeId)]));
  expect(held).toEqual(inForce);
  const totalInForce = Object.values(inForce).reduce((sum, undp) => sum + undp, 0);
  expect(envelope.reservedUsdMinor).toBe(totalInForce);
  expect(envelopeEvents.reduce((sum, event) => sum + signedChange(event), 0)).toBe(totalInForce);
  expect(totalInForce).toBeLessThanOrEqual(envelopeUsdMinor);
  return totalInForce;
};

/**
 * The holds one request (by its correlation id) made on the envelope that still stand: none once its agreement was
 * refused, for it cancels them.
 */
export const holdsLeftBy = async (api: ApiHarness, programmeId: string, correlationId: string): Promise<string[]> => {
  const envelopeEvents = (await api.allEvents()).filter((event) => event.streamName === envelopeStreamName(programmeId));
  const envelope = fold(envelopeDecider, envelopeEvents as unknown as EnvelopeEvent[]);
  const standing = new Set(Object.values(envelope.reservations).flatMap(({ holds }) => holds.map((hold) => hold.reservationId)));
  return envelopeEvents
    .filter((event) => event.type === 'CommitmentReserved' && event.metadata.correlationId === correlationId)
    .map((event) => (event.data as { reservationId: string }).reservationId)
    .filter((reservationId) => standing.has(reservationId));
};

/** What the envelope events of one request (by its correlation id) add up to: zero for a refused request. */
export const netOnEnvelopeOf = async (api: ApiHarness, programmeId: string, correlationId: string): Promise<number> =>
  (await api.allEvents())
    .filter((event) => event.streamName === envelopeStreamName(programmeId) && event.metadata.correlationId === correlationId)
    .reduce((sum, event) => sum + signedChange(event), 0);
