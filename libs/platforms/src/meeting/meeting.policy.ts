import type { Policy } from '@makers/kernel';
import { platformStewards } from '../platform/platform.permissions';
import { municipalityIdsOf } from '../platform/platform.state';
import type { MeetingCommand, ScheduleMeeting } from './meeting.commands';
import type { Meeting } from './meeting.decider';

/** A meeting not yet scheduled is scoped by the platform snapshot; after that, by what its own stream recorded. */
const scheduling = platformStewards<ScheduleMeeting, Meeting>((command) => ({
  platformId: command.data.platformId,
  municipalityIds: command.data.platform?.status === 'unformed' || command.data.platform?.platformId !== command.data.platformId ? [] : municipalityIdsOf(command.data.platform),
}));

const ofTheMeeting = platformStewards<MeetingCommand, Meeting>((_command, state) =>
  state.status === 'unscheduled' ? { platformId: undefined, municipalityIds: [] } : { platformId: state.platformId, municipalityIds: state.municipalityIds },
);

export const meetingPolicy: Policy<MeetingCommand, Meeting> = {
  ScheduleMeeting: scheduling,
  RescheduleMeeting: ofTheMeeting,
  CancelMeeting: ofTheMeeting,
  HoldMeeting: ofTheMeeting,
};
