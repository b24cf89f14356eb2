import { foldStream, type EventStore } from '@makers/event-store';
import { decisionRegisterDecider, decisionRegisterStreamName, priorityStanding } from '@makers/platforms';

/**
 * Whether a platform's priority stands, read from the platform's decision register itself (a read model may lag): true
 * while the decision that identified it stands, false once superseded or rescinded, null when that register identified
 * no such priority. Proposals and initiatives that name a priority pass this to their deciders as a snapshot.
 */
export const readPriorityStanding = async (store: EventStore, platformId: unknown, priorityId: unknown): Promise<boolean | null> => {
  // Ids from the bus are checked by the decider; one that is not even a string names no register.
  if (typeof platformId !== 'string' || typeof priorityId !== 'string') return null;
  return priorityStanding(await foldStream(store, decisionRegisterStreamName(platformId), decisionRegisterDecider), priorityId);
};
