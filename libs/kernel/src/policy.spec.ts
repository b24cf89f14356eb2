import { DomainError } from './domain-error';
import { identity, ROLES, type Identity } from './identity';
import { anyOf, authorize, either, roleForMunicipality, roleForPlatform, type Permission, type Policy } from './policy';

// A made-up aggregate, just enough to exercise every kind of permission: a platform's meetings and the joint
// projects of several municipalities.
type Command =
  | { type: 'RegisterPlatform'; data: { platformId: string } }
  | ScheduleMeeting
  | { type: 'RecordAttendance'; data: { platformId?: string } }
  | { type: 'AgreeJointProject'; data: { municipalityIds: string[] } }
  | { type: 'ApproveMunicipalShare'; data: { municipalityId?: string } };
type ScheduleMeeting = { type: 'ScheduleMeeting'; data: { platformId: string } };
type State = { platformId?: string; municipalityId?: string };

const policy: Policy<Command, State> = {
  RegisterPlatform: anyOf('programme-manager', 'administrator'),
  ScheduleMeeting: either(anyOf('programme-manager'), roleForPlatform('platform-moderator', (command: ScheduleMeeting) => command.data.platformId)),
  // The platform may come from the aggregate when the command does not name it.
  RecordAttendance: roleForPlatform('platform-moderator', (command, state) => command.data.platformId ?? state.platformId),
  AgreeJointProject: roleForMunicipality('municipal-officer', (command) => command.data.municipalityIds),
  ApproveMunicipalShare: roleForMunicipality('municipal-officer', (command, state) => command.data.municipalityId ?? state.municipalityId),
};

const fresh: State = {};

/** Given someone, when they issue a command (on a state), then it is allowed or refused. */
const given = (who: Identity) => ({
  when: (command: Command, state: State = fresh) => ({
    thenAllowed: () => expect(() => authorize(policy, command, state, who)).not.toThrow(),
    thenRefused: () => expect(() => authorize(policy, command, state, who)).toThrow(expect.objectContaining({ code: 'FORBIDDEN', rule: 'NotPermitted' })),
  }),
});

const officerOf = (...municipalityIds: string[]) => identity(`officer:${municipalityIds.join('+')}`, ['municipal-officer'], { municipalityIds });
const moderatorOf = (...platformIds: string[]) => identity(`moderator:${platformIds.join('+')}`, ['platform-moderator'], { platformIds });

const registerPlatform: Command = { type: 'RegisterPlatform', data: { platformId: 'pale-youth' } };
const scheduleInPale: Command = { type: 'ScheduleMeeting', data: { platformId: 'pale-youth' } };
const paleAndTrebinje: Command = { type: 'AgreeJointProject', data: { municipalityIds: ['pale', 'trebinje'] } };
const shareOf = (municipalityId: string): Command => ({ type: 'ApproveMunicipalShare', data: { municipalityId } });

describe('anyOf: any of the listed roles, whatever the command is about', () => {
  it('lets exactly the listed roles act', () => {
    const allowed = ROLES.filter((role) => anyOf('programme-manager', 'administrator')(identity(`user:${role}`, [role]), registerPlatform, fresh));
    expect(allowed).toEqual(['programme-manager', 'administrator']);
  });

  it('lets someone with several roles act when one of them is listed', () =>
    given(identity('amra', ['evaluator', 'programme-manager'])).when(registerPlatform).thenAllowed());

  it('refuses someone with no role at all', () => given(identity('nobody', [])).when(registerPlatform).thenRefused());

  it('ignores scope: an officer of every municipality is still not a programme manager', () =>
    given(identity('officer', ['municipal-officer'], { municipalityIds: ['pale', 'trebinje'] })).when(registerPlatform).thenRefused());
});

describe('either: one permission is enough', () => {
  it('lets a programme manager schedule a meeting on any platform', () =>
    given(identity('amra', ['programme-manager'])).when(scheduleInPale).thenAllowed());

  it('lets the moderator of the platform schedule its meeting', () => given(moderatorOf('pale-youth')).when(scheduleInPale).thenAllowed());

  it('refuses the moderator of another platform', () => given(moderatorOf('trebinje-youth')).when(scheduleInPale).thenRefused());

  it('refuses when no permission allows', () => {
    const never: Permission<unknown, unknown> = () => false;
    expect(either(never, never)(identity('amra', ['administrator']), registerPlatform, fresh)).toBe(false);
  });
});

describe('roleForMunicipality: a municipal officer acts only for their own municipalities', () => {
  it('lets an officer of Pale approve Pale’s share', () => given(officerOf('pale')).when(shareOf('pale')).thenAllowed());

  it('refuses an officer of Pale for Trebinje’s share', () => given(officerOf('pale')).when(shareOf('trebinje')).thenRefused());

  it('needs both municipalities for a command that concerns two', () => {
    given(officerOf('pale')).when(paleAndTrebinje).thenRefused();
    given(officerOf('trebinje')).when(paleAndTrebinje).thenRefused();
    given(officerOf('pale', 'trebinje')).when(paleAndTrebinje).thenAllowed();
  });

  it('refuses a command that concerns no municipality, rather than allowing it everywhere', () => {
    given(officerOf('pale')).when({ type: 'AgreeJointProject', data: { municipalityIds: [] } }).thenRefused();
    given(officerOf('pale')).when({ type: 'ApproveMunicipalShare', data: {} }).thenRefused();
  });

  it('reads the municipality from the aggregate when the command does not name it', () => {
    given(officerOf('pale')).when({ type: 'ApproveMunicipalShare', data: {} }, { municipalityId: 'pale' }).thenAllowed();
    given(officerOf('pale')).when({ type: 'ApproveMunicipalShare', data: {} }, { municipalityId: 'trebinje' }).thenRefused();
  });

  it('counts the scope only together with the role: a platform member listed for Pale is no officer', () =>
    given(identity('member', ['platform-member'], { municipalityIds: ['pale'] })).when(shareOf('pale')).thenRefused());
});

describe('roleForPlatform: a moderator acts only for their own platforms', () => {
  const attendance = (platformId?: string): Command => ({ type: 'RecordAttendance', data: { platformId } });

  it('lets the moderator of the platform record its attendance', () => given(moderatorOf('pale-youth')).when(attendance('pale-youth')).thenAllowed());

  it('refuses the moderator of another platform', () => given(moderatorOf('trebinje-youth')).when(attendance('pale-youth')).thenRefused());

  it('refuses a member of the platform: membership is not moderation', () =>
    given(identity('member', ['platform-member'], { platformIds: ['pale-youth'] })).when(attendance('pale-youth')).thenRefused());

  it('reads the platform from the aggregate when the command does not name it', () => {
    given(moderatorOf('pale-youth')).when(attendance(), { platformId: 'pale-youth' }).thenAllowed();
    given(moderatorOf('pale-youth')).when(attendance(), {}).thenRefused();
  });
});

describe('authorize: a refusal says who may not do what', () => {
  const refusalOf = (who: Identity, command: Command): DomainError => {
    try {
      authorize(policy, command, fresh, who);
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    throw new Error(`Expected ${who.subject} to be refused ${command.type}`);
  };

  it('is FORBIDDEN with the rule NotPermitted, naming the actor, their roles and the command', () => {
    const error = refusalOf(identity('sanja.dukic@donor.example', ['donor-auditor']), registerPlatform);
    expect({ code: error.code, rule: error.rule }).toEqual({ code: 'FORBIDDEN', rule: 'NotPermitted' });
    expect(error.message).toBe('sanja.dukic@donor.example (donor-auditor) may not RegisterPlatform');
  });

  it('says so when the actor has no role', () =>
    expect(refusalOf(identity('someone', []), registerPlatform).message).toBe('someone (no role) may not RegisterPlatform'));

  it('checks the rule of the command’s own type', () => {
    const moderator = moderatorOf('pale-youth');
    given(moderator).when(scheduleInPale).thenAllowed();
    given(moderator).when(registerPlatform).thenRefused();
  });
});
