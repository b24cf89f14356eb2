// MAKERS platforms and people for the given/when/then specs of the platforms context (not part of the public face).
import type { KnownMunicipality } from '@makers/programme';
import type { Sex } from '@makers/people';
import type { CoChairsNamed, MemberAdmitted, MemberRole, PlatformEvent, PlatformFormed } from './platform.events';
import { fold } from '@makers/kernel';
import { platformDecider } from './platform.decider';
import type { Platform } from './platform.state';

export const novoSarajevo: KnownMunicipality = { municipalityId: 'novo-sarajevo', name: 'Novo Sarajevo', entity: 'FBIH' };
export const istocnoNovoSarajevo: KnownMunicipality = { municipalityId: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo', entity: 'RS' };
export const doboj: KnownMunicipality = { municipalityId: 'doboj', name: 'Doboj', entity: 'RS' };
export const dobojIstok: KnownMunicipality = { municipalityId: 'doboj-istok', name: 'Doboj Istok', entity: 'FBIH' };
export const travnik: KnownMunicipality = { municipalityId: 'travnik', name: 'Travnik', entity: 'FBIH' };
export const noviTravnik: KnownMunicipality = { municipalityId: 'novi-travnik', name: 'Novi Travnik', entity: 'FBIH' };
export const partnerIds = [novoSarajevo, istocnoNovoSarajevo, doboj, dobojIstok, travnik, noviTravnik].map((m) => m.municipalityId);

/** The inter-entity platform across the line between Novo Sarajevo and Istočno Novo Sarajevo. */
export const PLATFORM_ID = 'novo-sarajevo-istocno-novo-sarajevo';

export const platformFormed: PlatformFormed = {
  type: 'PlatformFormed',
  data: {
    platformId: PLATFORM_ID,
    name: 'Platforma mladih Novo Sarajevo – Istočno Novo Sarajevo',
    municipalities: [novoSarajevo, istocnoNovoSarajevo],
    interMunicipal: true,
    interEntity: true,
    quorum: { kind: 'majority' },
  },
};

/** People by id; their names live sealed in the people context, never in platform events. */
export const people = {
  amra: { personId: 'amra-hadzic', sex: 'female', role: 'young-activist' },
  nikola: { personId: 'nikola-savic', sex: 'male', role: 'municipal-staff' },
  ivana: { personId: 'ivana-kovac', sex: 'female', role: 'moderator' },
  emir: { personId: 'emir-mehmedovic', sex: 'male', role: 'young-activist' },
  jelena: { personId: 'jelena-petrovic', sex: 'female', role: 'municipal-staff' },
  dragan: { personId: 'dragan-jovic', sex: 'male', role: 'mentor' },
  milica: { personId: 'milica-stanic', sex: 'female', role: 'citizen' },
} satisfies Record<string, { personId: string; sex: Sex; role: MemberRole }>;

export type Someone = (typeof people)[keyof typeof people];

export const admitted = (person: Someone, joinedOn: string, platformId = PLATFORM_ID): MemberAdmitted => ({
  type: 'MemberAdmitted',
  data: { platformId, personId: person.personId, role: person.role as MemberRole, sex: person.sex as Sex, joinedOn },
});

export const left = (person: Someone, leftOn: string): PlatformEvent => ({
  type: 'MemberLeft',
  data: { platformId: PLATFORM_ID, personId: person.personId, leftOn, reason: null },
});

export const coChairsNamed = (youngActivist: Someone, municipalStaff: Someone, namedOn: string): CoChairsNamed => ({
  type: 'CoChairsNamed',
  data: { platformId: PLATFORM_ID, youngActivistId: youngActivist.personId, municipalStaffId: municipalStaff.personId, namedOn },
});

export const activated: PlatformEvent = { type: 'PlatformActivated', data: { platformId: PLATFORM_ID } };

/** Formed in January 2021: Amra and Nikola co-chair from February; Ivana moderates. */
export const formingWithMembers: PlatformEvent[] = [
  platformFormed,
  admitted(people.amra, '2021-01-10'),
  admitted(people.nikola, '2021-01-10'),
  admitted(people.ivana, '2021-01-15'),
];
export const activeHistory: PlatformEvent[] = [...formingWithMembers, coChairsNamed(people.amra, people.nikola, '2021-02-01'), activated];

export const platformOf = (history: readonly PlatformEvent[]): Platform => fold(platformDecider, history);
