/** Injection tokens for the ports the app wires to adapters. */
export const EVENT_STORE = Symbol('EventStore');
export const READ_MODEL_DATABASE = Symbol('ReadModelDatabase');
export const PROJECTIONS = Symbol('Projections');
/** The personal-data vault (`@makers/vault`'s PersonalDataVault): keys per person, apart from the event store. */
export const VAULT = Symbol('PersonalDataVault');
/** Where the vault keeps its keys: its own SQLite file, or the read models' PostgreSQL schema. */
export const VAULT_DATABASE = Symbol('VaultDatabase');
