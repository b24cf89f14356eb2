import type { Meeting } from '../meeting/meeting.decider';
import type { DecisionKind, Votes } from './decision-register.events';

export type RecordDecision = {
  type: 'RecordDecision';
  data: {
    platformId: string;
    decisionId: string;
    meetingId: string;
    kind: DecisionKind;
    title: string;
    text: string;
    votes: Votes;
    /** Required for a `local-priority` decision, refused for the other kinds. */
    priority?: { priorityId: string; title: string; description: string } | null;
    /** A standing decision of this register that this one replaces. */
    supersedes?: string | null;
    /** A standing decision of this register that this one revokes. */
    rescinds?: string | null;
    /** Snapshot: the folded stream of the meeting (`fold(meetingDecider, ...)`). */
    meeting: Meeting;
  };
};

export type DecisionRegisterCommand = RecordDecision;
