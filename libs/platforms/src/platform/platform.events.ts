import type { Money } from '@makers/kernel';
import type { Entity } from '@makers/programme';
import type { Sex } from '@makers/people';
import type { QuorumRule } from './quorum';

export const MEMBER_ROLES = ['young-activist', 'municipal-staff', 'moderator', 'mentor', 'citizen'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A platform is led jointly by a young activist and a member of municipal staff: one seat each. */
export const CO_CHAIR_SEATS = ['young-activist', 'municipal-staff'] as const satisfies readonly MemberRole[];
export type CoChairSeat = (typeof CO_CHAIR_SEATS)[number];

export const MILESTONE_KINDS = [
  /** The municipal council adopts the platform methodology. */
  'methodology-adopted',
  /** The platform is recognised as an advisory mechanism of the municipality: the platform is then institutionalised. */
  'advisory-mechanism-recognised',
  /** The municipality's regular public funding call includes the platform's trust-building priorities. */
  'public-funding-call-includes-priorities',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** A municipality as it stood when the platform was formed, so the audit trail reads on its own. */
export type PlatformMunicipality = { municipalityId: string; name: string; entity: Entity };

/** The municipality's public funding call that took up the platform's priorities. */
export type PublicFundingCall = { reference: string; amount: Money };

export type PlatformFormed = {
  type: 'PlatformFormed';
  data: {
    platformId: string;
    /** As written, diacritics and Cyrillic kept. */
    name: string;
    municipalities: PlatformMunicipality[];
    /** Derived: more than one municipality. */
    interMunicipal: boolean;
    /** Derived: municipalities in more than one entity (FBiH, RS, Brčko District). */
    interEntity: boolean;
    quorum: QuorumRule;
  };
};

export type MemberAdmitted = {
  type: 'MemberAdmitted';
  /** Sex as registered (people context), kept in clear for disaggregated member counts; no name, ever. */
  data: { platformId: string; personId: string; role: MemberRole; sex: Sex; joinedOn: string };
};

export type MemberLeft = {
  type: 'MemberLeft';
  /** `leftOn` is the membership's last day: the member still counts on it. */
  data: { platformId: string; personId: string; leftOn: string; reason: string | null };
};

export type CoChairSeatVacated = {
  type: 'CoChairSeatVacated';
  /** A co-chair left the platform; the seat stays empty after `vacatedOn` until co-chairs are named again. */
  data: { platformId: string; seat: CoChairSeat; personId: string; vacatedOn: string };
};

export type CoChairsNamed = {
  type: 'CoChairsNamed';
  /** Both seats, from `namedOn`, until the next naming or until a co-chair leaves. */
  data: { platformId: string; youngActivistId: string; municipalStaffId: string; namedOn: string };
};

export type QuorumRuleSet = { type: 'QuorumRuleSet'; data: { platformId: string; quorum: QuorumRule } };

export type PlatformActivated = { type: 'PlatformActivated'; data: { platformId: string } };

export type InstitutionalisationMilestoneRecorded = {
  type: 'InstitutionalisationMilestoneRecorded';
  data: {
    platformId: string;
    milestoneId: string;
    kind: MilestoneKind;
    /** Whose council or call: one of the platform's municipalities. */
    municipalityId: string;
    achievedOn: string;
    /** The evidence: the council decision's or the call's reference number and a link to the document (https). */
    referenceNumber: string;
    documentUrl: string;
    /** Only for `public-funding-call-includes-priorities`, else null. */
    call: PublicFundingCall | null;
  };
};

export type PlatformInstitutionalised = {
  type: 'PlatformInstitutionalised';
  /** Follows the first `advisory-mechanism-recognised` milestone, which it names. */
  data: { platformId: string; milestoneId: string; institutionalisedOn: string };
};

export type PlatformWentDormant = { type: 'PlatformWentDormant'; data: { platformId: string; reason: string } };

/** Back to active, or to institutionalised if it had been recognised as an advisory mechanism. */
export type PlatformRevived = { type: 'PlatformRevived'; data: { platformId: string } };

/** Final: a closed platform takes no further command. */
export type PlatformClosed = { type: 'PlatformClosed'; data: { platformId: string; reason: string } };

export type PlatformEvent =
  | PlatformFormed
  | MemberAdmitted
  | MemberLeft
  | CoChairSeatVacated
  | CoChairsNamed
  | QuorumRuleSet
  | PlatformActivated
  | InstitutionalisationMilestoneRecorded
  | PlatformInstitutionalised
  | PlatformWentDormant
  | PlatformRevived
  | PlatformClosed;

export const PLATFORM_EVENT_TYPES: readonly PlatformEvent['type'][] = [
  'PlatformFormed',
  'MemberAdmitted',
  'MemberLeft',
  'CoChairSeatVacated',
  'CoChairsNamed',
  'QuorumRuleSet',
  'PlatformActivated',
  'InstitutionalisationMilestoneRecorded',
  'PlatformInstitutionalised',
  'PlatformWentDormant',
  'PlatformRevived',
  'PlatformClosed',
];
