import { authorize, identity, ROLES, type Identity } from '@makers/kernel';
import type { PlatformCommand } from './platform.commands';
import { activeHistory, doboj, istocnoNovoSarajevo, novoSarajevo, partnerIds, PLATFORM_ID, platformOf } from './platform.fixtures';
import { platformPolicy } from './platform.policy';
import { initialState, type Platform } from './platform.state';

const interEntityPlatform = platformOf(activeHistory);

const given = (who: Identity) => ({
  when: (command: PlatformCommand, state: Platform = interEntityPlatform) => ({
    thenAllowed: () => expect(() => authorize(platformPolicy, command, state, who)).not.toThrow(),
    thenRefused: () => expect(() => authorize(platformPolicy, command, state, who)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' })),
  }),
});

const officerOf = (...municipalityIds: string[]) => identity(`officer:${municipalityIds.join('+')}`, ['municipal-officer'], { municipalityIds });
const moderatorOf = (...platformIds: string[]) => identity(`moderator:${platformIds.join('+')}`, ['platform-moderator'], { platformIds });

const formInterEntity: PlatformCommand = {
  type: 'FormPlatform',
  data: {
    platformId: PLATFORM_ID,
    name: 'Platforma mladih Novo Sarajevo – Istočno Novo Sarajevo',
    municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'],
    municipalities: [novoSarajevo, istocnoNovoSarajevo],
    partnerIds,
  },
};
const admitEmir: PlatformCommand = {
  type: 'AdmitMember',
  data: { platformId: PLATFORM_ID, personId: 'emir-mehmedovic', role: 'young-activist', joinedOn: '2021-03-01', person: { personId: 'emir-mehmedovic', sex: 'male' } },
};
const closeIt: PlatformCommand = { type: 'ClosePlatform', data: { platformId: PLATFORM_ID, reason: 'Merged' } };

describe('who may form a platform', () => {
  it('lets programme managers and administrators form one, and no other role without scope', () => {
    const allowed = ROLES.filter((role) => platformPolicy.FormPlatform(identity(`user:${role}`, [role]), formInterEntity as never, initialState));
    expect(allowed).toEqual(['programme-manager', 'administrator']);
  });

  it('lets a municipal officer of both Novo Sarajevo and Istočno Novo Sarajevo form their inter-entity platform', () =>
    given(officerOf('novo-sarajevo', 'istocno-novo-sarajevo')).when(formInterEntity, initialState).thenAllowed());

  it('refuses an officer of only one side forming an inter-entity platform', () =>
    given(officerOf('novo-sarajevo')).when(formInterEntity, initialState).thenRefused());

  it('refuses a platform moderator forming a platform, even their own', () => given(moderatorOf(PLATFORM_ID)).when(formInterEntity, initialState).thenRefused());
});

describe("who may run a platform's members, co-chairs, quorum, states and milestones", () => {
  it('lets a programme manager and an administrator act on any platform', () => {
    given(identity('amra', ['programme-manager'])).when(admitEmir).thenAllowed();
    given(identity('admin', ['administrator'])).when(closeIt).thenAllowed();
  });

  it('lets a municipal officer of one of its municipalities act: Istočno Novo Sarajevo suffices', () =>
    given(officerOf('istocno-novo-sarajevo')).when(admitEmir).thenAllowed());

  it("takes the platform's municipalities from its stream, not from the command", () =>
    given(officerOf(doboj.municipalityId)).when(admitEmir).thenRefused());

  it('refuses a municipal officer on a platform that was never formed', () => given(officerOf('novo-sarajevo')).when(admitEmir, initialState).thenRefused());

  it('lets the moderator of that platform act', () => given(moderatorOf(PLATFORM_ID)).when(closeIt).thenAllowed());

  it('refuses the moderator of another platform', () => given(moderatorOf('doboj-doboj-istok')).when(admitEmir).thenRefused());

  it('refuses platform members, applicants, evaluators and donor auditors', () => {
    for (const role of ['platform-member', 'applicant', 'evaluator', 'donor-auditor'] as const) {
      given(identity(`user:${role}`, [role], { platformIds: [PLATFORM_ID], municipalityIds: ['novo-sarajevo'] })).when(admitEmir).thenRefused();
    }
  });
});
