import { fold } from '@makers/kernel';
import type { EventStore } from '@makers/event-store';
import { decisionRegisterDecider, decisionRegisterStreamName, isStanding, type DecisionRegisterEvent } from '@makers/platforms';

/**
 * Whether a platform's priority stands, from the platform's decision register itself (not a read model, which may lag):
 * true while the decision that identified it is neither superseded nor rescinded, false once it is, null when that
 * platform's register has identified no such priority.
 */
export const priorityStanding = async (store: EventStore, platformId: unknown, priorityId: unknown): Promise<boolean | null> => {
  // Ids from the bus are checked by the decider; one that is not even a string names no register.
  if (typeof platformId !== 'string' || typeof priorityId !== 'string') return null;
  const events = (await store.readStream(decisionRegisterStreamName(platformId))) as unknown as DecisionRegisterEvent[];
  // The register's state keeps which priorities exist, not which decision identified each: that is on the event.
  const identified = events.find((event) => event.type === 'PriorityIdentified' && event.data.priorityId === priorityId);
  if (!identified || identified.type !== 'PriorityIdentified') return null;
  return isStanding(fold(decisionRegisterDecider, events), identified.data.decisionId);
};
