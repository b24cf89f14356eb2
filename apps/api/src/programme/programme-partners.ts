import { foldStream, type EventStore } from '@makers/event-store';
import { programmeDecider, programmeStreamName } from '@makers/programme';

/**
 * A programme's partner municipalities, read from the programme's own stream (a read model may lag); null when no such
 * programme is registered. Commands that must happen in a partner municipality pass this to their deciders as a snapshot.
 */
export const readProgrammePartners = async (store: EventStore, programmeId: unknown): Promise<string[] | null> => {
  // Ids from the bus are checked by the decider; one that is not even a string names no programme.
  if (typeof programmeId !== 'string') return null;
  const programme = await foldStream(store, programmeStreamName(programmeId), programmeDecider);
  return programme.status === 'registered' ? [...programme.partners] : null;
};
