export const DECISION_KINDS = ['local-priority', 'recommendation', 'other'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** As counted at the meeting; their sum is at most the members present. */
export type Votes = { for: number; against: number; abstaining: number };

export type DecisionRecorded = {
  type: 'DecisionRecorded';
  data: {
    platformId: string;
    decisionId: string;
    meetingId: string;
    /** When the meeting that took it was held: decisions are ordered by it. */
    heldAt: string;
    kind: DecisionKind;
    title: string;
    text: string;
    votes: Votes;
    supersedes: string | null;
    rescinds: string | null;
  };
};

/** A local priority identified by a decision; calls for proposals and co-financed initiatives reference its id. */
export type PriorityIdentified = {
  type: 'PriorityIdentified';
  data: { platformId: string; priorityId: string; decisionId: string; title: string; description: string };
};

/** The decision stands no more; the one that replaced it (`by`) is in the register too. */
export type DecisionSuperseded = { type: 'DecisionSuperseded'; data: { platformId: string; decisionId: string; by: string } };

export type DecisionRescinded = { type: 'DecisionRescinded'; data: { platformId: string; decisionId: string; by: string } };

export type DecisionRegisterEvent = DecisionRecorded | PriorityIdentified | DecisionSuperseded | DecisionRescinded;

export const DECISION_REGISTER_EVENT_TYPES: readonly DecisionRegisterEvent['type'][] = [
  'DecisionRecorded',
  'PriorityIdentified',
  'DecisionSuperseded',
  'DecisionRescinded',
];
