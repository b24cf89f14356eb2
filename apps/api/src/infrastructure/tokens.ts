/** Injection tokens for the ports the app wires to adapters. */
export const EVENT_STORE = Symbol('EventStore');
export const READ_MODEL_DATABASE = Symbol('ReadModelDatabase');
export const PROJECTIONS = Symbol('Projections');
