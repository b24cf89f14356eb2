import { authorize, fold, identity, type Identity } from '@makers/kernel';
import { activeHistory, PLATFORM_ID, platformOf } from '../platform/platform.fixtures';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider, type Meeting } from './meeting.decider';
import type { MeetingScheduled } from './meeting.events';
import { meetingPolicy } from './meeting.policy';

const activePlatform = platformOf(activeHistory);
const scheduled: MeetingScheduled = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'ns-ins-2021-05',
    platformId: PLATFORM_ID,
    municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'],
    startsAt: '2021-05-20T18:00:00+02:00',
    place: 'Dom mladih, Skenderija',
    agenda: ['Prioriteti zajednice'],
  },
};
const scheduledMeeting = fold(meetingDecider, [scheduled]);

const schedule: MeetingCommand = { type: 'ScheduleMeeting', data: { ...scheduled.data, platform: activePlatform } };
const hold: MeetingCommand = {
  type: 'HoldMeeting',
  data: { meetingId: 'ns-ins-2021-05', heldAt: '2021-05-20T18:00:00+02:00', attendance: [], guests: 0, minutes: 'Zapisnik', platform: activePlatform, attendees: [] },
};
const cancel: MeetingCommand = { type: 'CancelMeeting', data: { meetingId: 'ns-ins-2021-05', reason: 'Poplava' } };

const given = (who: Identity) => ({
  when: (command: MeetingCommand, state: Meeting = scheduledMeeting) => ({
    thenAllowed: () => expect(() => authorize(meetingPolicy, command, state, who)).not.toThrow(),
    thenRefused: () => expect(() => authorize(meetingPolicy, command, state, who)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' })),
  }),
});

const officerOf = (...municipalityIds: string[]) => identity(`officer:${municipalityIds.join('+')}`, ['municipal-officer'], { municipalityIds });
const moderatorOf = (...platformIds: string[]) => identity(`moderator:${platformIds.join('+')}`, ['platform-moderator'], { platformIds });

describe('who may schedule, reschedule, cancel and hold meetings', () => {
  it('lets a programme manager and an administrator act on any meeting', () => {
    given(identity('pm', ['programme-manager'])).when(schedule, meetingDecider.initialState).thenAllowed();
    given(identity('admin', ['administrator'])).when(hold).thenAllowed();
  });

  it("lets a municipal officer of Istočno Novo Sarajevo schedule a meeting of the platform it shares with Novo Sarajevo", () =>
    given(officerOf('istocno-novo-sarajevo')).when(schedule, meetingDecider.initialState).thenAllowed());

  it('lets a municipal officer of Novo Sarajevo record that the meeting was held', () => given(officerOf('novo-sarajevo')).when(hold).thenAllowed());

  it('refuses a municipal officer of Doboj', () => given(officerOf('doboj')).when(cancel).thenRefused());

  it('lets the moderator of that platform schedule and cancel', () => {
    given(moderatorOf(PLATFORM_ID)).when(schedule, meetingDecider.initialState).thenAllowed();
    given(moderatorOf(PLATFORM_ID)).when(cancel).thenAllowed();
  });

  it('refuses the moderator of another platform', () => given(moderatorOf('travnik-novi-travnik')).when(hold).thenRefused());

  it('refuses a platform member, even of that platform', () =>
    given(identity('member', ['platform-member'], { platformIds: [PLATFORM_ID] })).when(schedule, meetingDecider.initialState).thenRefused());

  it('refuses an officer who names the platform of another municipality in the snapshot', () =>
    given(officerOf('novo-sarajevo'))
      .when({ ...schedule, data: { ...(schedule.data as object), platformId: 'doboj' } } as MeetingCommand, meetingDecider.initialState)
      .thenRefused());
});
