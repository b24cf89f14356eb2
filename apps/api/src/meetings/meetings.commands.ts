import type { CommandMetadata } from '@makers/event-store';
import type { CancelMeeting, HoldMeeting, RecordDecision, RescheduleMeeting, ScheduleMeeting } from '@makers/platforms';

/**
 * A meeting command as callers send it (GraphQL, the demo seed): the handler itself folds the platform's stream for
 * the `platform` snapshot and looks every attendee up (sex, year of birth) for the `attendees` snapshot.
 */
export type MeetingRequest =
  | { type: 'ScheduleMeeting'; data: Omit<ScheduleMeeting['data'], 'platform'> }
  | { type: 'RescheduleMeeting'; data: Omit<RescheduleMeeting['data'], 'platform'> }
  | CancelMeeting
  | { type: 'HoldMeeting'; data: Omit<HoldMeeting['data'], 'platform' | 'attendees'> };

/** One bus message for the meeting aggregate: the request and its metadata. */
export class ExecuteMeetingCommand {
  constructor(
    readonly request: MeetingRequest,
    readonly metadata: CommandMetadata,
  ) {}
}

/** A decision as callers send it: the handler folds the meeting's stream for the `meeting` snapshot. */
export type DecisionRequest = { type: 'RecordDecision'; data: Omit<RecordDecision['data'], 'meeting'> };

/** One bus message for a platform's decision register. */
export class ExecuteDecisionCommand {
  constructor(
    readonly request: DecisionRequest,
    readonly metadata: CommandMetadata,
  ) {}
}
