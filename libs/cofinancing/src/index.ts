// The co-financing context's public face.

// initiative: stream cofinancing-initiative-<initiativeId>; started from an award (issue 5), grown by issue 6.
export { INITIATIVE_EVENT_TYPES } from './initiative/initiative.events';
export type { InitiativeEvent, InitiativeOrigin, InitiativeStarted } from './initiative/initiative.events';
export type { InitiativeCommand, StartInitiativeFromAward } from './initiative/initiative.commands';
export { initiativeDecider } from './initiative/initiative.decider';
export type { Initiative, InitiativeStatus } from './initiative/initiative.decider';
export { initiativePolicy } from './initiative/initiative.policy';
export { INITIATIVE_STREAM_PREFIX, initiativeIdForAward, initiativeStreamName } from './initiative/initiative.stream-name';

// Read models: initiatives with where they come from.
export { initiativeProjection } from './read-models/initiative.projection';
export { getInitiative, listInitiatives } from './read-models/initiative.queries';
export type { InitiativeView } from './read-models/initiative.queries';
