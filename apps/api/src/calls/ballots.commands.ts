import type { CommandMetadata } from '@makers/event-store';
import type { CastBallot, RecordPaperBallotTally } from '@makers/calls';

/**
 * A ballot-box command as callers send it: the handler builds the voter's snapshot from the caller's verified identity
 * and the proposal's call, and finds the platforms covering the proposal's municipality.
 */
export type BallotRequest =
  | { type: 'CastBallot'; data: Omit<CastBallot['data'], 'voter'> }
  | { type: 'RecordPaperBallotTally'; data: Omit<RecordPaperBallotTally['data'], 'platformsOfMunicipality'> };

export class ExecuteBallotCommand {
  constructor(
    readonly request: BallotRequest,
    readonly metadata: CommandMetadata,
  ) {}
}
