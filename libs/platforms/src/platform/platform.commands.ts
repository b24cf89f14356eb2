import type { KnownMunicipality } from '@makers/programme';
import type { Money } from '@makers/kernel';
import type { Sex } from '@makers/people';
import type { MemberRole, MilestoneKind } from './platform.events';
import type { QuorumRule } from './quorum';

/** What the admitting handler found in the person's stream (people context); null when the person is not registered. */
export type KnownPerson = { personId: string; sex: Sex };

export type FormPlatform = {
  type: 'FormPlatform';
  data: {
    platformId: string;
    name: string;
    municipalityIds: string[];
    /** Defaults to a majority of the active members. */
    quorum?: QuorumRule | null;
    /**
     * Snapshot: what the handler found in each municipality's stream (`knownMunicipality(fold(...))`), in the order of
     * `municipalityIds`, null for an id that is not registered.
     */
    municipalities: (KnownMunicipality | null)[];
    /** Snapshot: the ids of the programme's current partner municipalities. */
    partnerIds: string[];
  };
};

export type AdmitMember = {
  type: 'AdmitMember';
  data: {
    platformId: string;
    personId: string;
    role: MemberRole;
    joinedOn: string;
    /** Snapshot: the person as registered (people context), null when not registered. */
    person: KnownPerson | null;
  };
};

export type RecordMemberLeft = {
  type: 'RecordMemberLeft';
  data: { platformId: string; personId: string; leftOn: string; reason?: string | null };
};

export type NameCoChairs = {
  type: 'NameCoChairs';
  data: {
    platformId: string;
    youngActivistId: string;
    municipalStaffId: string;
    /** From when they chair: a meeting needs both co-chairs in their seats on its date. */
    namedOn: string;
  };
};

export type SetQuorumRule = { type: 'SetQuorumRule'; data: { platformId: string; quorum: QuorumRule } };

export type ActivatePlatform = { type: 'ActivatePlatform'; data: { platformId: string } };

export type RecordInstitutionalisationMilestone = {
  type: 'RecordInstitutionalisationMilestone';
  data: {
    platformId: string;
    milestoneId: string;
    kind: MilestoneKind;
    /** Whose council or call; may be left out on a platform of one municipality. */
    municipalityId?: string | null;
    achievedOn: string;
    referenceNumber: string;
    /** https only. */
    documentUrl: string;
    /** Required for `public-funding-call-includes-priorities`, refused for the other kinds. */
    call?: { reference: string; amount: Money } | null;
  };
};

export type MarkPlatformDormant = { type: 'MarkPlatformDormant'; data: { platformId: string; reason: string } };

export type RevivePlatform = { type: 'RevivePlatform'; data: { platformId: string } };

export type ClosePlatform = { type: 'ClosePlatform'; data: { platformId: string; reason: string } };

export type PlatformCommand =
  | FormPlatform
  | AdmitMember
  | RecordMemberLeft
  | NameCoChairs
  | SetQuorumRule
  | ActivatePlatform
  | RecordInstitutionalisationMilestone
  | MarkPlatformDormant
  | RevivePlatform
  | ClosePlatform;
