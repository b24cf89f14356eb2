import { authorize, fold, identity, ROLES, type Identity } from '@makers/kernel';
import type { VolunteeringCommand } from './volunteering.commands';
import { volunteeringDecider, type Volunteering } from './volunteering.decider';
import type { VolunteerHoursLogged } from './volunteering.events';
import { volunteeringPolicy } from './volunteering.policy';

const hoursLogged = (entryId: string, platformId: string | null, initiativeId: string | null): VolunteerHoursLogged => ({
  type: 'VolunteerHoursLogged',
  data: { entryId, personId: 'lejla-begic', on: '2021-05-29', minutes: 90, platformId, initiativeId, activity: 'Park clean-up', loggedBy: 'marko.jovanovic' },
});
const lejlasHours: Volunteering = fold(volunteeringDecider, [hoursLogged('bijeljina-park', 'bijeljina-youth', null), hoursLogged('travnik-centre', null, 'travnik-youth-centre')]);

const logFor = (platformId: string | null, initiativeId: string | null = null): VolunteeringCommand => ({
  type: 'LogVolunteerHours',
  data: { entryId: 'e', personId: 'lejla-begic', on: '2021-05-29', minutes: 60, platformId, initiativeId, activity: 'Park clean-up', platform: null },
});
const verify = (entryId: string): VolunteeringCommand => ({ type: 'VerifyVolunteerHours', data: { personId: 'lejla-begic', entryId } });
const reject = (entryId: string): VolunteeringCommand => ({ type: 'RejectVolunteerHours', data: { personId: 'lejla-begic', entryId, reason: 'Not done' } });

const allowed = (who: Identity, command: VolunteeringCommand, state: Volunteering = lejlasHours): boolean => {
  try {
    authorize(volunteeringPolicy, command, state, who);
    return true;
  } catch (error) {
    expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NotPermitted' });
    return false;
  }
};
const moderatorOf = (platformId: string) => identity(`moderator:${platformId}`, ['platform-moderator'], { platformIds: [platformId] });
const everyRole = (command: VolunteeringCommand) => ROLES.filter((role) => allowed(identity(`user:${role}`, [role]), command));

describe('who may log volunteer hours', () => {
  it('lets programme managers and administrators log hours for any platform or initiative', () => {
    expect(everyRole(logFor('bijeljina-youth'))).toEqual(['programme-manager', 'administrator']);
    expect(everyRole(logFor(null, 'travnik-youth-centre'))).toEqual(['programme-manager', 'administrator']);
  });

  it('lets the moderator of the Bijeljina platform log hours given to it', () => expect(allowed(moderatorOf('bijeljina-youth'), logFor('bijeljina-youth'))).toBe(true));

  it('refuses the moderator of the Travnik platform hours given to Bijeljina', () => expect(allowed(moderatorOf('travnik-youth'), logFor('bijeljina-youth'))).toBe(false));

  it('refuses a moderator hours given to an initiative alone', () => expect(allowed(moderatorOf('bijeljina-youth'), logFor(null, 'travnik-youth-centre'))).toBe(false));
});

describe.each([
  ['verify', verify],
  ['reject', reject],
])('who may %s volunteer hours', (_, decideOn) => {
  it('lets only administrators among the unscoped roles', () => expect(everyRole(decideOn('bijeljina-park'))).toEqual(['administrator']));

  it('lets a moderator of the platform the hours went to', () => expect(allowed(moderatorOf('bijeljina-youth'), decideOn('bijeljina-park'))).toBe(true));

  it('refuses a moderator of another platform', () => expect(allowed(moderatorOf('travnik-youth'), decideOn('bijeljina-park'))).toBe(false));

  it('refuses every moderator for hours given to an initiative alone, leaving them to an administrator', () => {
    expect(allowed(moderatorOf('bijeljina-youth'), decideOn('travnik-centre'))).toBe(false);
    expect(allowed(identity('admin', ['administrator']), decideOn('travnik-centre'))).toBe(true);
  });

  it('lets a moderator ask about hours never logged, so that the answer is NOT_FOUND', () =>
    expect(allowed(moderatorOf('travnik-youth'), decideOn('no-such-entry'))).toBe(true));

  it('refuses a platform member of the platform: membership is not moderation', () =>
    expect(allowed(identity('member', ['platform-member'], { platformIds: ['bijeljina-youth'] }), decideOn('bijeljina-park'))).toBe(false));
});
