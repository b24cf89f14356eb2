import { given } from '@makers/kernel/testing';
import type {
  AdmitMember,
  FormPlatform,
  NameCoChairs,
  PlatformCommand,
  RecordInstitutionalisationMilestone,
  RecordMemberLeft,
} from './platform.commands';
import { platformDecider } from './platform.decider';
import type { PlatformEvent } from './platform.events';
import {
  activated,
  activeHistory,
  admitted,
  coChairsNamed,
  doboj,
  dobojIstok,
  formingWithMembers,
  istocnoNovoSarajevo,
  left,
  novoSarajevo,
  noviTravnik,
  partnerIds,
  people,
  PLATFORM_ID,
  platformFormed,
  platformOf,
  travnik,
} from './platform.fixtures';
import { activeMembersOn, coChairsOn, quorumRequired } from './platform.state';
import { platformStreamName } from './platform.stream-name';

const form = (data: Partial<Record<keyof FormPlatform['data'], unknown>> = {}): FormPlatform =>
  ({
    type: 'FormPlatform',
    data: {
      platformId: PLATFORM_ID,
      name: platformFormed.data.name,
      municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'],
      municipalities: [novoSarajevo, istocnoNovoSarajevo],
      partnerIds,
      ...data,
    },
  }) as FormPlatform;

const admit = (person: (typeof people)[keyof typeof people], joinedOn = '2021-03-01', data: Partial<Record<keyof AdmitMember['data'], unknown>> = {}): AdmitMember =>
  ({
    type: 'AdmitMember',
    data: { platformId: PLATFORM_ID, personId: person.personId, role: person.role, joinedOn, person: { personId: person.personId, sex: person.sex }, ...data },
  }) as AdmitMember;

const leave = (person: (typeof people)[keyof typeof people], leftOn = '2021-05-01', reason?: string): RecordMemberLeft => ({
  type: 'RecordMemberLeft',
  data: { platformId: PLATFORM_ID, personId: person.personId, leftOn, reason },
});

const name = (youngActivistId: string, municipalStaffId: string, namedOn = '2021-02-01'): NameCoChairs => ({
  type: 'NameCoChairs',
  data: { platformId: PLATFORM_ID, youngActivistId, municipalStaffId, namedOn },
});

const command = <Type extends PlatformCommand['type']>(type: Type, data: Record<string, unknown> = {}) =>
  ({ type, data: { platformId: PLATFORM_ID, ...data } }) as Extract<PlatformCommand, { type: Type }>;

const milestone = (data: Partial<Record<keyof RecordInstitutionalisationMilestone['data'], unknown>> = {}): RecordInstitutionalisationMilestone =>
  command('RecordInstitutionalisationMilestone', {
    milestoneId: 'ns-methodology',
    kind: 'methodology-adopted',
    municipalityId: 'novo-sarajevo',
    achievedOn: '2021-05-20',
    referenceNumber: '01-02-1234/21',
    documentUrl: 'https://novosarajevo.ba/odluke/01-02-1234-21.pdf',
    ...data,
  });

const methodologyAdopted: PlatformEvent = {
  type: 'InstitutionalisationMilestoneRecorded',
  data: {
    platformId: PLATFORM_ID,
    milestoneId: 'ns-methodology',
    kind: 'methodology-adopted',
    municipalityId: 'novo-sarajevo',
    achievedOn: '2021-05-20',
    referenceNumber: '01-02-1234/21',
    documentUrl: 'https://novosarajevo.ba/odluke/01-02-1234-21.pdf',
    call: null,
  },
};
const recognisedInNovoSarajevo: PlatformEvent[] = [
  { type: 'InstitutionalisationMilestoneRecorded', data: { ...(methodologyAdopted.data as object), milestoneId: 'ns-advisory', kind: 'advisory-mechanism-recognised' } } as PlatformEvent,
  { type: 'PlatformInstitutionalised', data: { platformId: PLATFORM_ID, milestoneId: 'ns-advisory', institutionalisedOn: '2021-05-20' } },
];
const wentDormant: PlatformEvent = { type: 'PlatformWentDormant', data: { platformId: PLATFORM_ID, reason: 'No meeting since the summer' } };
const closed: PlatformEvent = { type: 'PlatformClosed', data: { platformId: PLATFORM_ID, reason: 'Merged into the city platform' } };

describe('forming a platform', () => {
  it('derives an inter-entity platform from Novo Sarajevo (FBiH) and Istočno Novo Sarajevo (RS)', () =>
    given(platformDecider).when(form()).then([platformFormed]));

  it('derives an inter-municipal platform that is not inter-entity from Travnik and Novi Travnik, both in the Federation', () =>
    given(platformDecider)
      .when(form({ platformId: 'travnik-novi-travnik', name: 'Platforma Travnik – Novi Travnik', municipalityIds: ['travnik', 'novi-travnik'], municipalities: [travnik, noviTravnik] }))
      .then([
        {
          type: 'PlatformFormed',
          data: { platformId: 'travnik-novi-travnik', name: 'Platforma Travnik – Novi Travnik', municipalities: [travnik, noviTravnik], interMunicipal: true, interEntity: false, quorum: { kind: 'majority' } },
        },
      ]));

  it('forms a platform of one municipality, neither inter-municipal nor inter-entity, with a majority quorum by default', () =>
    given(platformDecider)
      .when(form({ platformId: 'doboj', name: 'Lokalna dijaloška platforma Doboj', municipalityIds: ['doboj'], municipalities: [doboj], quorum: null }))
      .then([
        {
          type: 'PlatformFormed',
          data: { platformId: 'doboj', name: 'Lokalna dijaloška platforma Doboj', municipalities: [doboj], interMunicipal: false, interEntity: false, quorum: { kind: 'majority' } },
        },
      ]));

  it('keeps a Cyrillic name as written', () =>
    given(platformDecider)
      .when(form({ name: ' Платформа Источно Ново Сарајево ' }))
      .then([{ ...platformFormed, data: { ...platformFormed.data, name: 'Платформа Источно Ново Сарајево' } }]));

  it('forms with a quorum rule of its own', () =>
    given(platformDecider)
      .when(form({ quorum: { kind: 'share', percent: 60 } }))
      .then([{ ...platformFormed, data: { ...platformFormed.data, quorum: { kind: 'share', percent: 60 } } }]));

  it('ignores interMunicipal and interEntity typed in: they are derived', () =>
    given(platformDecider)
      .when({ ...form(), data: { ...form().data, interEntity: false, interMunicipal: false } } as FormPlatform)
      .then([platformFormed]));

  it('refuses a platform without a municipality', () =>
    given(platformDecider).when(form({ municipalityIds: [], municipalities: [] })).thenThrows({ rule: 'MunicipalitiesRequired', field: 'municipalityIds' }));

  it('refuses a municipality listed twice', () =>
    given(platformDecider)
      .when(form({ municipalityIds: ['doboj', 'doboj'], municipalities: [doboj, doboj] }))
      .thenThrows({ rule: 'MunicipalityListedTwice', field: 'municipalityIds[1]' }));

  it('refuses a municipality that is not registered', () =>
    given(platformDecider)
      .when(form({ municipalityIds: ['doboj', 'doboj-jug'], municipalities: [doboj, null] }))
      .thenThrows({ code: 'NOT_FOUND', rule: 'MunicipalityNotFound' }));

  it('refuses a municipality that is not a partner of the programme', () =>
    given(platformDecider)
      .when(form({ municipalityIds: ['doboj', 'doboj-istok'], municipalities: [doboj, dobojIstok], partnerIds: ['doboj'] }))
      .thenThrows({ code: 'CONFLICT', rule: 'MunicipalityNotPartner' }));

  it('cannot form the same platform twice', () =>
    given(platformDecider, [platformFormed]).when(form()).thenThrows({ code: 'CONFLICT', rule: 'PlatformAlreadyFormed' }));

  it('needs a name', () => given(platformDecider).when(form({ name: '  ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'name' }));

  it('lives in its own stream in the platforms context', () => expect(platformStreamName('doboj')).toBe('platforms-platform-doboj'));
});

describe('members', () => {
  it('admits a registered person with a role, keeping only their sex for disaggregated counts', () =>
    given(platformDecider, [platformFormed]).when(admit(people.amra)).then([admitted(people.amra, '2021-03-01')]));

  it('refuses to admit a person who is not registered', () =>
    given(platformDecider, [platformFormed]).when(admit(people.amra, '2021-03-01', { person: null })).thenThrows({ code: 'NOT_FOUND', rule: 'PersonNotFound' }));

  it('refuses a role the platforms do not have', () =>
    given(platformDecider, [platformFormed]).when(admit(people.amra, '2021-03-01', { role: 'president' })).thenThrows({ rule: 'MemberRoleUnknown', field: 'role' }));

  it('refuses a second active membership of the same person', () =>
    given(platformDecider, formingWithMembers).when(admit(people.amra)).thenThrows({ code: 'CONFLICT', rule: 'MemberAlreadyActive' }));

  it('admits again a member who left, from a later date', () =>
    given(platformDecider, [...formingWithMembers, left(people.amra, '2021-03-31')]).when(admit(people.amra, '2021-04-15')).then([admitted(people.amra, '2021-04-15')]));

  it('refuses a new membership that overlaps the earlier one', () =>
    given(platformDecider, [...formingWithMembers, left(people.amra, '2021-03-31')])
      .when(admit(people.amra, '2021-03-31'))
      .thenThrows({ code: 'CONFLICT', rule: 'MembershipsOverlap' }));

  it('refuses a member who joins in the future', () =>
    given(platformDecider, [platformFormed]).when(admit(people.amra, '2021-06-02')).thenThrows({ rule: 'JoinedInTheFuture', field: 'joinedOn' }));

  it('takes today in Sarajevo as today, though it is still yesterday in UTC', () =>
    given(platformDecider, [platformFormed])
      .when(admit(people.amra, '2021-06-02'), { now: new Date('2021-06-01T22:30:00Z') })
      .then([admitted(people.amra, '2021-06-02')]));

  it('refuses a joining date that does not exist', () =>
    given(platformDecider, [platformFormed]).when(admit(people.amra, '2021-02-30')).thenThrows({ rule: 'DateInvalid', field: 'joinedOn' }));

  it('refuses a member on a platform that was never formed', () =>
    given(platformDecider).when(admit(people.amra)).thenThrows({ code: 'NOT_FOUND', rule: 'PlatformNotFound' }));

  it('refuses a member on a closed platform', () =>
    given(platformDecider, [...activeHistory, closed]).when(admit(people.emir)).thenThrows({ code: 'CONFLICT', rule: 'PlatformClosed' }));

  it('records that a member left, and why', () =>
    given(platformDecider, formingWithMembers)
      .when(leave(people.ivana, '2021-05-01', 'Moved to Banja Luka'))
      .then([{ type: 'MemberLeft', data: { platformId: PLATFORM_ID, personId: 'ivana-kovac', leftOn: '2021-05-01', reason: 'Moved to Banja Luka' } }]));

  it('refuses a leaving by someone who is not an active member', () =>
    given(platformDecider, formingWithMembers).when(leave(people.emir)).thenThrows({ code: 'CONFLICT', rule: 'NotAnActiveMember' }));

  it('refuses a member leaving before they joined', () =>
    given(platformDecider, formingWithMembers).when(leave(people.ivana, '2021-01-14')).thenThrows({ rule: 'LeftBeforeJoining', field: 'leftOn' }));

  it('lets a member leave on the day they joined', () =>
    given(platformDecider, formingWithMembers).when(leave(people.ivana, '2021-01-15')).then([left(people.ivana, '2021-01-15')]));

  it('refuses a leaving date in the future', () =>
    given(platformDecider, formingWithMembers).when(leave(people.ivana, '2021-07-01')).thenThrows({ rule: 'LeftInTheFuture', field: 'leftOn' }));

  it('leaves the seat vacant when a co-chair leaves', () =>
    given(platformDecider, activeHistory)
      .when(leave(people.amra, '2021-05-01'))
      .then([
        left(people.amra, '2021-05-01'),
        { type: 'CoChairSeatVacated', data: { platformId: PLATFORM_ID, seat: 'young-activist', personId: 'amra-hadzic', vacatedOn: '2021-05-01' } },
      ]));
});

describe('co-chairs', () => {
  it('names a young activist and a member of municipal staff as co-chairs', () =>
    given(platformDecider, formingWithMembers).when(name('amra-hadzic', 'nikola-savic')).then([coChairsNamed(people.amra, people.nikola, '2021-02-01')]));

  it('changes nothing when the same co-chairs are named again for the same day', () =>
    given(platformDecider, [...formingWithMembers, coChairsNamed(people.amra, people.nikola, '2021-02-01')]).when(name('amra-hadzic', 'nikola-savic')).then([]));

  it('refuses a co-chair who is not an active member', () =>
    given(platformDecider, formingWithMembers).when(name('emir-mehmedovic', 'nikola-savic')).thenThrows({ code: 'CONFLICT', rule: 'CoChairNotAnActiveMember' }));

  it('refuses a co-chair who has left the platform', () =>
    given(platformDecider, [...formingWithMembers, left(people.nikola, '2021-01-20')])
      .when(name('amra-hadzic', 'nikola-savic'))
      .thenThrows({ rule: 'CoChairNotAnActiveMember' }));

  it('refuses a mentor in the young activist seat', () =>
    given(platformDecider, [...formingWithMembers, admitted(people.dragan, '2021-01-10')])
      .when(name('dragan-jovic', 'nikola-savic'))
      .thenThrows({ rule: 'CoChairRoleMismatch', field: 'youngActivistId' }));

  it('refuses a young activist in the municipal staff seat', () =>
    given(platformDecider, [...formingWithMembers, admitted(people.emir, '2021-01-10')])
      .when(name('amra-hadzic', 'emir-mehmedovic'))
      .thenThrows({ rule: 'CoChairRoleMismatch', field: 'municipalStaffId' }));

  it('refuses co-chairs named before they joined', () =>
    given(platformDecider, formingWithMembers).when(name('amra-hadzic', 'nikola-savic', '2021-01-05')).thenThrows({ rule: 'CoChairNotYetAMember', field: 'namedOn' }));

  it('refuses a naming dated before the previous one', () =>
    given(platformDecider, [...activeHistory, admitted(people.jelena, '2021-01-10')])
      .when(name('amra-hadzic', 'jelena-petrovic', '2021-01-20'))
      .thenThrows({ code: 'CONFLICT', rule: 'CoChairsNamedOutOfOrder' }));

  it('knows who chaired on a past date after new co-chairs are named', () => {
    const platform = platformOf([...activeHistory, admitted(people.jelena, '2021-03-01'), coChairsNamed(people.amra, people.jelena, '2021-04-01')]);
    expect(coChairsOn(platform, '2021-03-15')).toEqual({ 'young-activist': 'amra-hadzic', 'municipal-staff': 'nikola-savic' });
    expect(coChairsOn(platform, '2021-04-01')).toEqual({ 'young-activist': 'amra-hadzic', 'municipal-staff': 'jelena-petrovic' });
    expect(coChairsOn(platform, '2021-01-31')).toEqual({ 'young-activist': null, 'municipal-staff': null });
  });

  it('keeps a vacated seat empty after the co-chair left, even if they come back as a member', () => {
    const platform = platformOf([
      ...activeHistory,
      left(people.amra, '2021-03-31'),
      { type: 'CoChairSeatVacated', data: { platformId: PLATFORM_ID, seat: 'young-activist', personId: 'amra-hadzic', vacatedOn: '2021-03-31' } },
      admitted(people.amra, '2021-04-10'),
    ]);
    expect(coChairsOn(platform, '2021-03-31')['young-activist']).toBe('amra-hadzic');
    expect(coChairsOn(platform, '2021-04-20')['young-activist']).toBeNull();
  });
});

describe('quorum', () => {
  const setQuorum = (quorum: unknown) => command('SetQuorumRule', { quorum });

  it('sets a minimum number of members', () =>
    given(platformDecider, activeHistory)
      .when(setQuorum({ kind: 'minimum', members: 5 }))
      .then([{ type: 'QuorumRuleSet', data: { platformId: PLATFORM_ID, quorum: { kind: 'minimum', members: 5 } } }]));

  it('sets a share of the members in percent', () =>
    given(platformDecider, activeHistory)
      .when(setQuorum({ kind: 'share', percent: 60 }))
      .then([{ type: 'QuorumRuleSet', data: { platformId: PLATFORM_ID, quorum: { kind: 'share', percent: 60 } } }]));

  it('changes nothing when the rule is already the one in force', () => given(platformDecider, activeHistory).when(setQuorum({ kind: 'majority' })).then([]));

  it('refuses a minimum of no members', () =>
    given(platformDecider, activeHistory).when(setQuorum({ kind: 'minimum', members: 0 })).thenThrows({ rule: 'QuorumMinimumNotPositive', field: 'quorum.members' }));

  it('refuses a share above 100 percent', () =>
    given(platformDecider, activeHistory).when(setQuorum({ kind: 'share', percent: 101 })).thenThrows({ rule: 'QuorumShareInvalid', field: 'quorum.percent' }));

  it('refuses a share of 0 percent', () =>
    given(platformDecider, activeHistory).when(setQuorum({ kind: 'share', percent: 0 })).thenThrows({ rule: 'QuorumShareInvalid' }));

  it('refuses a share in fractions of a percent', () =>
    given(platformDecider, activeHistory).when(setQuorum({ kind: 'share', percent: 66.6 })).thenThrows({ rule: 'QuorumShareInvalid' }));

  it('refuses a kind of quorum it does not know', () =>
    given(platformDecider, activeHistory).when(setQuorum({ kind: 'unanimity' })).thenThrows({ rule: 'QuorumKindUnknown', field: 'quorum.kind' }));

  const sevenMembers = platformOf([
    ...activeHistory,
    admitted(people.emir, '2021-02-01'),
    admitted(people.jelena, '2021-02-01'),
    admitted(people.dragan, '2021-02-01'),
    admitted(people.milica, '2021-02-01'),
  ]);
  const withRule = (quorum: object) => ({ ...sevenMembers, quorum }) as typeof sevenMembers;

  it('takes a majority of 7 members as 4', () => expect(quorumRequired(sevenMembers, '2021-05-01')).toBe(4));

  it('takes a majority of 2 members as 2', () => expect(quorumRequired(sevenMembers, '2021-01-12')).toBe(2));

  it('takes 60 percent of 7 members as 5, rounding up', () => expect(quorumRequired(withRule({ kind: 'share', percent: 60 }), '2021-05-01')).toBe(5));

  it('takes a minimum as that many members, whatever the size', () => expect(quorumRequired(withRule({ kind: 'minimum', members: 3 }), '2021-05-01')).toBe(3));

  it('never asks fewer than one member', () => expect(quorumRequired(withRule({ kind: 'share', percent: 10 }), '2020-12-31')).toBe(1));

  it('computes quorum from members active on the meeting date, not today', () => {
    const afterTwoLeft = platformOf([...(sevenMembersHistory()), left(people.dragan, '2021-04-30'), left(people.milica, '2021-04-30')]);
    expect(activeMembersOn(afterTwoLeft, '2021-04-30T18:00:00+02:00')).toHaveLength(7);
    expect(quorumRequired(afterTwoLeft, '2021-04-30T18:00:00+02:00')).toBe(4);
    expect(activeMembersOn(afterTwoLeft, '2021-05-01')).toHaveLength(5);
    expect(quorumRequired(afterTwoLeft, '2021-05-01')).toBe(3);
  });

  function sevenMembersHistory(): PlatformEvent[] {
    return [...activeHistory, ...[people.emir, people.jelena, people.dragan, people.milica].map((person) => admitted(person, '2021-02-01'))];
  }
});

describe('states of a platform', () => {
  it('activates a forming platform once both co-chairs are named', () =>
    given(platformDecider, [...formingWithMembers, coChairsNamed(people.amra, people.nikola, '2021-02-01')]).when(command('ActivatePlatform')).then([activated]));

  it('refuses to activate a platform before both co-chairs are named', () =>
    given(platformDecider, formingWithMembers).when(command('ActivatePlatform')).thenThrows({ code: 'CONFLICT', rule: 'CoChairsNotNamed' }));

  it('refuses to activate a platform whose co-chair has left', () =>
    given(platformDecider, [
      ...formingWithMembers,
      coChairsNamed(people.amra, people.nikola, '2021-02-01'),
      left(people.nikola, '2021-03-01'),
      { type: 'CoChairSeatVacated', data: { platformId: PLATFORM_ID, seat: 'municipal-staff', personId: 'nikola-savic', vacatedOn: '2021-03-01' } },
    ])
      .when(command('ActivatePlatform'))
      .thenThrows({ rule: 'CoChairsNotNamed' }));

  it('refuses to activate a platform that is already active', () =>
    given(platformDecider, activeHistory).when(command('ActivatePlatform')).thenThrows({ rule: 'PlatformNotForming' }));

  it('marks an active platform dormant, saying why', () =>
    given(platformDecider, activeHistory).when(command('MarkPlatformDormant', { reason: 'No meeting since the summer' })).then([wentDormant]));

  it('refuses to mark dormant a platform still forming', () =>
    given(platformDecider, formingWithMembers).when(command('MarkPlatformDormant', { reason: 'Never met' })).thenThrows({ rule: 'PlatformNotActive' }));

  it('needs a reason to mark a platform dormant', () =>
    given(platformDecider, activeHistory).when(command('MarkPlatformDormant', { reason: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' }));

  it('revives a dormant platform', () =>
    given(platformDecider, [...activeHistory, wentDormant]).when(command('RevivePlatform')).then([{ type: 'PlatformRevived', data: { platformId: PLATFORM_ID } }]));

  it('brings a revived platform back as active, or as institutionalised if it had been recognised', () => {
    const revived: PlatformEvent = { type: 'PlatformRevived', data: { platformId: PLATFORM_ID } };
    expect(platformOf([...activeHistory, wentDormant, revived]).status).toBe('active');
    expect(platformOf([...activeHistory, ...recognisedInNovoSarajevo, wentDormant, revived]).status).toBe('institutionalised');
  });

  it('refuses to revive a platform that is not dormant', () =>
    given(platformDecider, activeHistory).when(command('RevivePlatform')).thenThrows({ code: 'CONFLICT', rule: 'PlatformNotDormant' }));

  it('closes a platform, saying why', () =>
    given(platformDecider, [...activeHistory, wentDormant]).when(command('ClosePlatform', { reason: 'Merged into the city platform' })).then([closed]));

  it('keeps a closed platform closed: it cannot be revived', () =>
    given(platformDecider, [...activeHistory, closed]).when(command('RevivePlatform')).thenThrows({ code: 'CONFLICT', rule: 'PlatformClosed' }));

  it('does not close a platform twice', () =>
    given(platformDecider, [...activeHistory, closed]).when(command('ClosePlatform', { reason: 'Again' })).thenThrows({ rule: 'PlatformClosed' }));

  it('refuses any change to a closed platform', () =>
    given(platformDecider, [...activeHistory, closed]).when(command('SetQuorumRule', { quorum: { kind: 'minimum', members: 2 } })).thenThrows({ rule: 'PlatformClosed' }));
});

describe('institutionalisation milestones', () => {
  it('records the council of Novo Sarajevo adopting the methodology, with its evidence', () =>
    given(platformDecider, activeHistory).when(milestone()).then([methodologyAdopted]));

  it('institutionalises the platform at its first recognition as an advisory mechanism', () =>
    given(platformDecider, activeHistory).when(milestone({ milestoneId: 'ns-advisory', kind: 'advisory-mechanism-recognised' })).then(recognisedInNovoSarajevo));

  it('records a second recognition without institutionalising the platform again', () =>
    given(platformDecider, [...activeHistory, ...recognisedInNovoSarajevo])
      .when(milestone({ milestoneId: 'ins-advisory', kind: 'advisory-mechanism-recognised', municipalityId: 'istocno-novo-sarajevo' }))
      .then([
        {
          type: 'InstitutionalisationMilestoneRecorded',
          data: { ...(methodologyAdopted.data as object), milestoneId: 'ins-advisory', kind: 'advisory-mechanism-recognised', municipalityId: 'istocno-novo-sarajevo' },
        } as PlatformEvent,
      ]));

  it('moves an institutionalised platform to the institutionalised state', () =>
    expect(platformOf([...activeHistory, ...recognisedInNovoSarajevo]).status).toBe('institutionalised'));

  it("records the municipality's public funding call that takes up the platform's priorities, with its reference and amount", () =>
    given(platformDecider, activeHistory)
      .when(milestone({ milestoneId: 'ins-call-2022', kind: 'public-funding-call-includes-priorities', municipalityId: 'istocno-novo-sarajevo', call: { reference: 'JP-02/2022', amount: { amountMinor: 5_000_000, currency: 'BAM' } } }))
      .then([
        {
          type: 'InstitutionalisationMilestoneRecorded',
          data: {
            ...(methodologyAdopted.data as object),
            milestoneId: 'ins-call-2022',
            kind: 'public-funding-call-includes-priorities',
            municipalityId: 'istocno-novo-sarajevo',
            call: { reference: 'JP-02/2022', amount: { amountMinor: 5_000_000, currency: 'BAM' } },
          },
        } as PlatformEvent,
      ]));

  it('refuses a public funding call milestone that does not name the call', () =>
    given(platformDecider, activeHistory).when(milestone({ kind: 'public-funding-call-includes-priorities' })).thenThrows({ rule: 'FundingCallRequired', field: 'call' }));

  it('refuses a funding call on a methodology milestone', () =>
    given(platformDecider, activeHistory)
      .when(milestone({ call: { reference: 'JP-02/2022', amount: { amountMinor: 100, currency: 'BAM' } } }))
      .thenThrows({ rule: 'FundingCallNotExpected', field: 'call' }));

  it('refuses a funding call amount in fractions of a fening', () =>
    given(platformDecider, activeHistory)
      .when(milestone({ kind: 'public-funding-call-includes-priorities', call: { reference: 'JP-02/2022', amount: { amountMinor: 10.5, currency: 'BAM' } } }))
      .thenThrows({ field: 'call.amount.amountMinor' }));

  it('refuses a document link that is not https', () =>
    given(platformDecider, activeHistory).when(milestone({ documentUrl: 'http://novosarajevo.ba/odluka.pdf' })).thenThrows({ rule: 'DocumentUrlNotHttps', field: 'documentUrl' }));

  it('refuses a milestone without a reference number', () =>
    given(platformDecider, activeHistory).when(milestone({ referenceNumber: '' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'referenceNumber' }));

  it('refuses a milestone id used twice', () =>
    given(platformDecider, [...activeHistory, methodologyAdopted]).when(milestone()).thenThrows({ code: 'CONFLICT', rule: 'MilestoneAlreadyRecorded' }));

  it('asks which council on an inter-municipal platform', () =>
    given(platformDecider, activeHistory).when(milestone({ municipalityId: undefined })).thenThrows({ rule: 'MilestoneMunicipalityRequired', field: 'municipalityId' }));

  it("takes the platform's only municipality when none is named", () => {
    const dobojPlatform: PlatformEvent[] = [
      { type: 'PlatformFormed', data: { ...platformFormed.data, municipalities: [doboj], interMunicipal: false, interEntity: false } },
      ...activeHistory.slice(1),
    ];
    given(platformDecider, dobojPlatform)
      .when(milestone({ municipalityId: undefined }))
      .then([{ ...methodologyAdopted, data: { ...(methodologyAdopted.data as object), municipalityId: 'doboj' } } as PlatformEvent]);
  });

  it('refuses a municipality that is not one of the platform’s', () =>
    given(platformDecider, activeHistory).when(milestone({ municipalityId: 'doboj' })).thenThrows({ rule: 'MunicipalityNotOfPlatform', field: 'municipalityId' }));

  it('refuses a milestone achieved in the future', () =>
    given(platformDecider, activeHistory).when(milestone({ achievedOn: '2021-12-01' })).thenThrows({ rule: 'MilestoneInTheFuture', field: 'achievedOn' }));

  it('refuses a milestone of an unknown kind', () =>
    given(platformDecider, activeHistory).when(milestone({ kind: 'council-thanked-us' })).thenThrows({ rule: 'MilestoneKindUnknown', field: 'kind' }));

  it('refuses a milestone while the platform is still forming', () =>
    given(platformDecider, formingWithMembers).when(milestone()).thenThrows({ code: 'CONFLICT', rule: 'PlatformStillForming' }));
});
