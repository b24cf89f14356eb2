import { given } from '@makers/kernel/testing';
import type { LogVolunteerHours, RejectVolunteerHours, VerifyVolunteerHours } from './volunteering.commands';
import { volunteeringDecider } from './volunteering.decider';
import type { VolunteerHoursLogged, VolunteerHoursRejected, VolunteerHoursVerified } from './volunteering.events';
import { volunteeringStreamName } from './volunteering.stream-name';

// Lejla Begić volunteers for the Bijeljina youth platform; Marko Jovanović and Jelena Petrović moderate it.
const marko = 'marko.jovanovic@bijeljina.ba';
const jelena = 'jelena.petrovic@bijeljina.ba';
const bijeljinaPlatform = { platformId: 'bijeljina-youth' };

const logCleanUp: LogVolunteerHours = {
  type: 'LogVolunteerHours',
  data: {
    entryId: 'lejla-2021-05-29-park',
    personId: 'lejla-begic',
    on: '2021-05-29',
    minutes: 90,
    platformId: 'bijeljina-youth',
    activity: 'Cleaning up the Semberija park with the platform’s young activists',
    platform: bijeljinaPlatform,
  },
};
const cleanUpLogged: VolunteerHoursLogged = {
  type: 'VolunteerHoursLogged',
  data: {
    entryId: 'lejla-2021-05-29-park',
    personId: 'lejla-begic',
    on: '2021-05-29',
    minutes: 90,
    platformId: 'bijeljina-youth',
    initiativeId: null,
    activity: 'Cleaning up the Semberija park with the platform’s young activists',
    loggedBy: marko,
  },
};
const logWith = (data: Partial<Record<keyof LogVolunteerHours['data'], unknown>>): LogVolunteerHours =>
  ({ type: 'LogVolunteerHours', data: { ...logCleanUp.data, ...data } }) as LogVolunteerHours;
const loggedWith = (data: Partial<VolunteerHoursLogged['data']>): VolunteerHoursLogged => ({ type: 'VolunteerHoursLogged', data: { ...cleanUpLogged.data, ...data } });

const verifyCleanUp: VerifyVolunteerHours = { type: 'VerifyVolunteerHours', data: { personId: 'lejla-begic', entryId: 'lejla-2021-05-29-park' } };
const cleanUpVerified: VolunteerHoursVerified = {
  type: 'VolunteerHoursVerified',
  data: { entryId: 'lejla-2021-05-29-park', personId: 'lejla-begic', verifiedBy: jelena },
};
const rejectCleanUp: RejectVolunteerHours = {
  type: 'RejectVolunteerHours',
  data: { personId: 'lejla-begic', entryId: 'lejla-2021-05-29-park', reason: 'The clean-up was postponed to June because of rain' },
};
const cleanUpRejected: VolunteerHoursRejected = {
  type: 'VolunteerHoursRejected',
  data: { entryId: 'lejla-2021-05-29-park', personId: 'lejla-begic', rejectedBy: jelena, reason: 'The clean-up was postponed to June because of rain' },
};

describe('logging volunteer hours', () => {
  it('logs an hour and a half Lejla Begić gave to the Bijeljina platform, with who logged it', () =>
    given(volunteeringDecider).when(logCleanUp, { actor: marko }).then([cleanUpLogged]));

  it('logs hours given to a co-financed initiative alone', () =>
    given(volunteeringDecider)
      .when(logWith({ platformId: undefined, platform: null, initiativeId: 'travnik-youth-centre' }), { actor: marko })
      .then([loggedWith({ platformId: null, initiativeId: 'travnik-youth-centre' })]));

  it('logs hours given to a platform and one of its initiatives together', () =>
    given(volunteeringDecider)
      .when(logWith({ initiativeId: 'semberija-park' }), { actor: marko })
      .then([loggedWith({ initiativeId: 'semberija-park' })]));

  it('keeps the activity as written, diacritics and all', () =>
    given(volunteeringDecider)
      .when(logWith({ activity: '  Čišćenje obale Drine u Janji ' }), { actor: marko })
      .then([loggedWith({ activity: 'Čišćenje obale Drine u Janji' })]));

  it('refuses hours that name neither a platform nor an initiative', () =>
    given(volunteeringDecider)
      .when(logWith({ platformId: null, platform: null, initiativeId: null }))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'VolunteerHoursWithoutPlatformOrInitiative' }));

  it('refuses hours on a platform that was never formed', () =>
    given(volunteeringDecider).when(logWith({ platformId: 'zvornik-youth', platform: null })).thenThrows({ code: 'NOT_FOUND', rule: 'PlatformNotFound' }));

  it('refuses an initiative id that cannot name anything', () =>
    given(volunteeringDecider).when(logWith({ initiativeId: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'initiativeId' }));

  it('refuses hours without a description of the activity', () =>
    given(volunteeringDecider).when(logWith({ activity: ' \n ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'activity' }));

  it('refuses a day that is not in the calendar', () =>
    given(volunteeringDecider).when(logWith({ on: '2021-02-30' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'on' }));

  it('refuses hours for a day still to come', () =>
    given(volunteeringDecider)
      .when(logWith({ on: '2021-06-02' }), { now: new Date('2021-06-01T18:00:00Z') })
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'VolunteerHoursInTheFuture', field: 'on' }));

  it('takes the day as it is in Bosnia and Herzegovina: just after midnight in Bijeljina, today’s hours are not in the future', () =>
    given(volunteeringDecider)
      .when(logWith({ on: '2021-06-02' }), { now: new Date('2021-06-01T22:30:00Z'), actor: marko })
      .then([loggedWith({ on: '2021-06-02' })]));

  it('refuses the same entry logged twice', () =>
    given(volunteeringDecider, [cleanUpLogged]).when(logCleanUp).thenThrows({ code: 'CONFLICT', rule: 'VolunteerEntryAlreadyLogged' }));

  it('lives in one stream per person', () => expect(volunteeringStreamName('lejla-begic')).toBe('platforms-volunteering-lejla-begic'));

  it('refuses to decide on another person’s stream: a wiring bug, not a user’s mistake', () =>
    expect(() =>
      volunteeringDecider.decide(logWith({ entryId: 'marko-1', personId: 'marko-jovanovic' }), volunteeringDecider.evolve(volunteeringDecider.initialState, cleanUpLogged), {
        now: new Date('2021-06-01T09:00:00Z'),
        actor: marko,
      }),
    ).toThrow(/lejla-begic/));
});

describe('volunteer hours are whole minutes', () => {
  it('refuses zero minutes', () =>
    given(volunteeringDecider).when(logWith({ minutes: 0 })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'VolunteerMinutesNotPositive', field: 'minutes' }));

  it('refuses negative minutes', () =>
    given(volunteeringDecider).when(logWith({ minutes: -30 })).thenThrows({ rule: 'VolunteerMinutesNotPositive', field: 'minutes' }));

  it('refuses a fraction of a minute', () =>
    given(volunteeringDecider).when(logWith({ minutes: 1.5 })).thenThrows({ rule: 'VolunteerMinutesNotPositive', field: 'minutes' }));

  it('refuses hours given as text', () =>
    given(volunteeringDecider).when(logWith({ minutes: '90' })).thenThrows({ rule: 'VolunteerMinutesNotPositive', field: 'minutes' }));
});

describe('at most 24 hours a day per person', () => {
  const earlier = (minutes: number, entryId = 'lejla-2021-05-29-camp') => loggedWith({ entryId, minutes, platformId: null, initiativeId: 'travnik-youth-centre' });

  it('refuses more than 24 hours in one entry', () =>
    given(volunteeringDecider).when(logWith({ minutes: 24 * 60 + 1 })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'VolunteerDayOver24Hours', field: 'minutes' }));

  it('accepts a whole day of 24 hours, across platforms and initiatives', () =>
    given(volunteeringDecider, [earlier(22 * 60 + 30)]).when(logCleanUp, { actor: marko }).then([cleanUpLogged]));

  it('refuses a 25th hour of volunteering on the same day', () =>
    given(volunteeringDecider, [earlier(23 * 60)])
      .when(logWith({ minutes: 61 }))
      .thenThrows({ code: 'CONFLICT', rule: 'VolunteerDayOver24Hours' }));

  it('adds up every entry of the day, not only the last', () =>
    given(volunteeringDecider, [earlier(12 * 60, 'a'), earlier(11 * 60, 'b')]).when(logWith({ minutes: 90 })).thenThrows('VolunteerDayOver24Hours'));

  it('starts afresh the next day', () =>
    given(volunteeringDecider, [earlier(24 * 60)])
      .when(logWith({ on: '2021-05-30' }), { actor: marko })
      .then([loggedWith({ on: '2021-05-30' })]));

  it('does not count rejected hours towards the day', () =>
    given(volunteeringDecider, [
      earlier(23 * 60),
      { type: 'VolunteerHoursRejected', data: { entryId: 'lejla-2021-05-29-camp', personId: 'lejla-begic', rejectedBy: jelena, reason: 'Logged twice' } },
    ])
      .when(logCleanUp, { actor: marko })
      .then([cleanUpLogged]));

  it('counts verified hours towards the day', () =>
    given(volunteeringDecider, [
      earlier(23 * 60),
      { type: 'VolunteerHoursVerified', data: { entryId: 'lejla-2021-05-29-camp', personId: 'lejla-begic', verifiedBy: jelena } },
    ])
      .when(logWith({ minutes: 61 }))
      .thenThrows('VolunteerDayOver24Hours'));
});

describe('verifying volunteer hours', () => {
  it('is done by another moderator than the one who logged them', () =>
    given(volunteeringDecider, [cleanUpLogged]).when(verifyCleanUp, { actor: jelena }).then([cleanUpVerified]));

  it('refuses verification by the moderator who logged the hours', () =>
    given(volunteeringDecider, [cleanUpLogged]).when(verifyCleanUp, { actor: marko }).thenThrows({ code: 'FORBIDDEN', rule: 'VerifierLoggedTheHours' }));

  it('refuses to verify the same hours twice', () =>
    given(volunteeringDecider, [cleanUpLogged, cleanUpVerified])
      .when(verifyCleanUp, { actor: 'administrator@undp.org' })
      .thenThrows({ code: 'CONFLICT', rule: 'VolunteerHoursAlreadyVerified' }));

  it('refuses to verify hours that were rejected', () =>
    given(volunteeringDecider, [cleanUpLogged, cleanUpRejected]).when(verifyCleanUp, { actor: jelena }).thenThrows({ code: 'CONFLICT', rule: 'VolunteerHoursAlreadyRejected' }));

  it('does not find hours that were never logged', () =>
    given(volunteeringDecider, [cleanUpLogged])
      .when({ type: 'VerifyVolunteerHours', data: { personId: 'lejla-begic', entryId: 'lejla-2021-05-30' } }, { actor: jelena })
      .thenThrows({ code: 'NOT_FOUND', rule: 'VolunteerEntryNotFound' }));

  it('does not find hours for a person who never volunteered', () =>
    given(volunteeringDecider).when(verifyCleanUp, { actor: jelena }).thenThrows({ code: 'NOT_FOUND', rule: 'VolunteerEntryNotFound' }));

  it('verifies one entry and leaves the others awaiting', () =>
    given(volunteeringDecider, [cleanUpLogged, loggedWith({ entryId: 'lejla-2021-05-30', on: '2021-05-30' }), cleanUpVerified])
      .when({ type: 'VerifyVolunteerHours', data: { personId: 'lejla-begic', entryId: 'lejla-2021-05-30' } }, { actor: jelena })
      .then([{ type: 'VolunteerHoursVerified', data: { entryId: 'lejla-2021-05-30', personId: 'lejla-begic', verifiedBy: jelena } }]));
});

describe('rejecting volunteer hours', () => {
  it('rejects hours, saying why', () =>
    given(volunteeringDecider, [cleanUpLogged]).when(rejectCleanUp, { actor: jelena }).then([cleanUpRejected]));

  it('needs a reason', () =>
    given(volunteeringDecider, [cleanUpLogged])
      .when({ ...rejectCleanUp, data: { ...rejectCleanUp.data, reason: '  ' } }, { actor: jelena })
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' }));

  it('lets the moderator who logged hours by mistake reject them', () =>
    given(volunteeringDecider, [cleanUpLogged])
      .when(rejectCleanUp, { actor: marko })
      .then([{ ...cleanUpRejected, data: { ...cleanUpRejected.data, rejectedBy: marko } }]));

  it('cannot reject hours already verified', () =>
    given(volunteeringDecider, [cleanUpLogged, cleanUpVerified]).when(rejectCleanUp, { actor: jelena }).thenThrows({ code: 'CONFLICT', rule: 'VolunteerHoursAlreadyVerified' }));

  it('cannot reject the same hours twice', () =>
    given(volunteeringDecider, [cleanUpLogged, cleanUpRejected]).when(rejectCleanUp, { actor: jelena }).thenThrows({ code: 'CONFLICT', rule: 'VolunteerHoursAlreadyRejected' }));

  it('does not find hours that were never logged', () =>
    given(volunteeringDecider).when(rejectCleanUp, { actor: jelena }).thenThrows({ code: 'NOT_FOUND', rule: 'VolunteerEntryNotFound' }));
});
