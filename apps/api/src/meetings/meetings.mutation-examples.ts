import type { ApiHarness } from '../testing/api-harness';
import { setUp, type MutationExample } from '../testing/mutation-examples';
import { preparePlatform, type PreparedPlatform } from '../platforms/platforms.mutation-examples';

/**
 * Valid calls of the meeting and decision mutations, for the matrices and the bad-input properties, on an active
 * inter-entity platform whose two members (a young activist born 2002, municipal staff born 1979) co-chair it.
 */

export const SCHEDULE_MEETING = 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }';
export const RESCHEDULE_MEETING = 'mutation ($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { id } }';
export const CANCEL_MEETING = 'mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }';
export const HOLD_MEETING = 'mutation ($input: HoldMeetingInput!) { holdMeeting(input: $input) { id } }';
export const RECORD_DECISION = 'mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }';

export const scheduleMeetingInput = (meetingId: string, platformId: string) => ({
  id: meetingId,
  platformId,
  startsAt: '2021-05-20T18:00:00+02:00',
  place: 'Dom mladih, Istočno Novo Sarajevo',
  agenda: ['Izbor lokalnih prioriteta', 'Plan aktivnosti za ljeto'],
});

export const holdMeetingInput = (meetingId: string, platform: PreparedPlatform) => ({
  meetingId,
  heldAt: '2021-05-20T18:10:00+02:00',
  attendance: [platform.youngActivistId, platform.municipalStaffId],
  guests: 2,
  minutes: 'Platforma je utvrdila prioritet: sigurni prostori za mlade.\nSljedeći sastanak u septembru.',
});

export const recordDecisionInput = (decisionId: string, meetingId: string, platformId: string) => ({
  id: decisionId,
  platformId,
  meetingId,
  kind: 'LOCAL_PRIORITY',
  title: 'Sigurni prostori za mlade',
  text: 'Platforma utvrđuje lokalni prioritet: sigurni prostori za mlade u obje općine.',
  votes: { for: 2, against: 0, abstaining: 0 },
  priority: { id: `${decisionId}-priority`, title: 'Sigurni prostori za mlade', description: 'Prostori u kojima se mladi iz obje općine sastaju i rade zajedno.' },
});

/** The scope a call about the platform concerns: its municipalities (for officers) and itself (for moderators). */
const concerning = ({ platformId, municipalityIds }: PreparedPlatform) => ({ municipalityIds, platformIds: [platformId] });

/** An active platform with a meeting `meeting-<unique>` scheduled, and held when `held`. */
export const prepareMeeting = async (api: ApiHarness, unique: string, stage: 'scheduled' | 'held' = 'scheduled') => {
  const platform = await preparePlatform(api, unique, 'active');
  const meetingId = `meeting-${unique}`;
  await setUp(api, SCHEDULE_MEETING, scheduleMeetingInput(meetingId, platform.platformId));
  if (stage === 'held') await setUp(api, HOLD_MEETING, holdMeetingInput(meetingId, platform));
  return { platform, meetingId };
};

export const meetingsMutationExamples: Readonly<Record<string, MutationExample>> = {
  scheduleMeeting: {
    document: SCHEDULE_MEETING,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'active');
      return { input: scheduleMeetingInput(`meeting-${unique}`, platform.platformId), concerns: concerning(platform) };
    },
  },
  rescheduleMeeting: {
    document: RESCHEDULE_MEETING,
    prepare: async (api, unique) => {
      const { platform, meetingId } = await prepareMeeting(api, unique);
      return {
        input: { meetingId, startsAt: '2021-05-27T18:00:00+02:00', place: 'Općina Novo Sarajevo, sala 2', reason: 'Dom mladih je zauzet tog dana' },
        concerns: concerning(platform),
      };
    },
  },
  cancelMeeting: {
    document: CANCEL_MEETING,
    prepare: async (api, unique) => {
      const { platform, meetingId } = await prepareMeeting(api, unique);
      return { input: { meetingId, reason: 'Poplave u regiji' }, concerns: concerning(platform) };
    },
  },
  holdMeeting: {
    document: HOLD_MEETING,
    prepare: async (api, unique) => {
      const { platform, meetingId } = await prepareMeeting(api, unique);
      return { input: holdMeetingInput(meetingId, platform), concerns: concerning(platform) };
    },
  },
  recordDecision: {
    document: RECORD_DECISION,
    prepare: async (api, unique) => {
      const { platform, meetingId } = await prepareMeeting(api, unique, 'held');
      return { input: recordDecisionInput(`decision-${unique}`, meetingId, platform.platformId), concerns: concerning(platform) };
    },
  },
};
