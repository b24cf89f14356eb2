/** What the edge knows about a command besides its payload: who, when, and what it answers. */
export interface CommandMetadata {
  /** Unique per command; the causation id of every event it produces. */
  readonly commandId: string;
  readonly actor: string;
  readonly issuedAt: Date;
  readonly correlationId: string;
}
