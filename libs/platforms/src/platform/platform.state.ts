import { assertNever } from '@makers/kernel';
import type { Sex } from '@makers/people';
import type {
  CoChairSeat,
  MemberRole,
  MilestoneKind,
  PlatformEvent,
  PlatformMunicipality,
  PublicFundingCall,
} from './platform.events';
import { quorumFor, type QuorumRule } from './quorum';

/** One membership of one person: `leftOn` is its last day (inclusive), null while it lasts. */
export type Membership = { personId: string; role: MemberRole; sex: Sex; joinedOn: string; leftOn: string | null };

/** Who held a co-chair seat from `from`, until the day they left (`until`), or until a later naming took over. */
export type CoChairTerm = { personId: string; from: string; until: string | null };

export type Milestone = {
  milestoneId: string;
  kind: MilestoneKind;
  municipalityId: string;
  achievedOn: string;
  call: PublicFundingCall | null;
};

type PlatformRecord = {
  platformId: string;
  name: string;
  municipalities: readonly PlatformMunicipality[];
  interMunicipal: boolean;
  interEntity: boolean;
  quorum: QuorumRule;
  /** Every membership ever, in the order admitted; past ones count for meetings held while they lasted. */
  memberships: readonly Membership[];
  /** Each seat's terms, in the order named. */
  coChairTerms: Readonly<Record<CoChairSeat, readonly CoChairTerm[]>>;
  milestones: readonly Milestone[];
  /** Set by the first recognition as an advisory mechanism; it survives dormancy. */
  institutionalisedOn: string | null;
};

/** The folded platform stream; handlers pass it to the meeting decider as a snapshot (the note's `PlatformState`). */
export type Platform =
  | { status: 'unformed' }
  | (PlatformRecord & { status: 'forming' | 'active' | 'institutionalised' })
  | (PlatformRecord & { status: 'dormant'; dormantReason: string })
  | (PlatformRecord & { status: 'closed'; closedReason: string });

export type FormedPlatform = Exclude<Platform, { status: 'unformed' }>;
export type PlatformStatus = Platform['status'];

export const initialState: Platform = { status: 'unformed' };

export const evolve = (state: Platform, event: PlatformEvent): Platform => {
  if (event.type === 'PlatformFormed') {
    const { platformId, name, municipalities, interMunicipal, interEntity, quorum } = event.data;
    return {
      status: 'forming',
      platformId,
      name,
      municipalities,
      interMunicipal,
      interEntity,
      quorum,
      memberships: [],
      coChairTerms: { 'young-activist': [], 'municipal-staff': [] },
      milestones: [],
      institutionalisedOn: null,
    };
  }
  if (state.status === 'unformed') return state;
  switch (event.type) {
    case 'MemberAdmitted': {
      const { personId, role, sex, joinedOn } = event.data;
      return { ...state, memberships: [...state.memberships, { personId, role, sex, joinedOn, leftOn: null }] };
    }
    case 'MemberLeft':
      return {
        ...state,
        memberships: state.memberships.map((membership) =>
          membership.personId === event.data.personId && membership.leftOn === null ? { ...membership, leftOn: event.data.leftOn } : membership,
        ),
      };
    case 'CoChairSeatVacated': {
      const terms = state.coChairTerms[event.data.seat];
      const ended = terms.map((term, index) => (index === terms.length - 1 ? { ...term, until: event.data.vacatedOn } : term));
      return { ...state, coChairTerms: { ...state.coChairTerms, [event.data.seat]: ended } };
    }
    case 'CoChairsNamed': {
      const { youngActivistId, municipalStaffId, namedOn } = event.data;
      return {
        ...state,
        coChairTerms: {
          'young-activist': [...state.coChairTerms['young-activist'], { personId: youngActivistId, from: namedOn, until: null }],
          'municipal-staff': [...state.coChairTerms['municipal-staff'], { personId: municipalStaffId, from: namedOn, until: null }],
        },
      };
    }
    case 'QuorumRuleSet':
      return { ...state, quorum: event.data.quorum };
    case 'PlatformActivated':
      return { ...withoutReasons(state), status: 'active' };
    case 'InstitutionalisationMilestoneRecorded': {
      const { milestoneId, kind, municipalityId, achievedOn, call } = event.data;
      return { ...state, milestones: [...state.milestones, { milestoneId, kind, municipalityId, achievedOn, call }] };
    }
    case 'PlatformInstitutionalised': {
      const institutionalisedOn = event.data.institutionalisedOn;
      // A dormant platform recognised late stays dormant; reviving it brings it back as institutionalised.
      return state.status === 'dormant' ? { ...state, institutionalisedOn } : { ...withoutReasons(state), status: 'institutionalised', institutionalisedOn };
    }
    case 'PlatformWentDormant':
      return { ...withoutReasons(state), status: 'dormant', dormantReason: event.data.reason };
    case 'PlatformRevived':
      return { ...withoutReasons(state), status: state.institutionalisedOn === null ? 'active' : 'institutionalised' };
    case 'PlatformClosed':
      return { ...withoutReasons(state), status: 'closed', closedReason: event.data.reason };
    default:
      return assertNever(event);
  }
};

const withoutReasons = (state: FormedPlatform): PlatformRecord => {
  const { status: _status, ...rest } = state as PlatformRecord & { status: string; dormantReason?: string; closedReason?: string };
  delete rest.dormantReason;
  delete rest.closedReason;
  return rest;
};

/** The calendar day of an ISO date or date-time, as written (a meeting's local date). */
const dayOf = (dateOrDateTime: string): string => dateOrDateTime.slice(0, 10);

/** Memberships that cover `date`: joined on or before it and not left before it. */
export const activeMembersOn = (platform: Platform, date: string): Membership[] => {
  if (platform.status === 'unformed') return [];
  const day = dayOf(date);
  return platform.memberships.filter((membership) => membership.joinedOn <= day && (membership.leftOn === null || day <= membership.leftOn));
};

/** The open membership of a person, if they are a member now. */
export const currentMembership = (platform: FormedPlatform, personId: string): Membership | undefined =>
  platform.memberships.find((membership) => membership.personId === personId && membership.leftOn === null);

/** Who sat in each co-chair seat on `date` (null: nobody had been named, or the co-chair had left). */
export const coChairsOn = (platform: Platform, date: string): Record<CoChairSeat, string | null> => {
  const day = dayOf(date);
  const holder = (terms: readonly CoChairTerm[]): string | null => {
    const term = [...terms].reverse().find((candidate) => candidate.from <= day);
    return term && (term.until === null || day <= term.until) ? term.personId : null;
  };
  if (platform.status === 'unformed') return { 'young-activist': null, 'municipal-staff': null };
  return { 'young-activist': holder(platform.coChairTerms['young-activist']), 'municipal-staff': holder(platform.coChairTerms['municipal-staff']) };
};

/** Who sits in each co-chair seat now: the latest naming, unless that co-chair has since left. */
export const currentCoChairs = (platform: Platform): Record<CoChairSeat, string | null> => {
  const holder = (terms: readonly CoChairTerm[]): string | null => {
    const last = terms[terms.length - 1];
    return last && last.until === null ? last.personId : null;
  };
  if (platform.status === 'unformed') return { 'young-activist': null, 'municipal-staff': null };
  return { 'young-activist': holder(platform.coChairTerms['young-activist']), 'municipal-staff': holder(platform.coChairTerms['municipal-staff']) };
};

export const bothSeatsFilled = (coChairs: Record<CoChairSeat, string | null>): boolean =>
  coChairs['young-activist'] !== null && coChairs['municipal-staff'] !== null;

/** Members who must attend on `date` for the meeting to decide, by the platform's quorum rule. */
export const quorumRequired = (platform: Platform, date: string): number =>
  platform.status === 'unformed' ? 1 : quorumFor(platform.quorum, activeMembersOn(platform, date).length);

export const municipalityIdsOf = (platform: Platform): string[] =>
  platform.status === 'unformed' ? [] : platform.municipalities.map((municipality) => municipality.municipalityId);
