import type { Identity } from '@makers/kernel';

/** What the edge knows about a command besides its payload: who, when, and what it answers. */
export interface CommandMetadata {
  /** Unique per command; the causation id of every event it produces. */
  readonly commandId: string;
  /** Who issues it; its subject is the actor on every event, its roles and scopes are checked by the aggregate's policy. */
  readonly identity: Identity;
  readonly issuedAt: Date;
  readonly correlationId: string;
}
