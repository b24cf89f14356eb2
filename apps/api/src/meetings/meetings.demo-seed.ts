import { makersMeetings } from '@makers/demo-data';
import type { DemoSeeder } from '../demo/demo-seeder';
import { ExecuteDecisionCommand, ExecuteMeetingCommand, type MeetingRequest } from './meetings.commands';

/** The demo platforms' meetings, held or cancelled, and the decisions they took. */
export const seedMeetings = async (seeder: DemoSeeder): Promise<void> => {
  const send = (request: MeetingRequest) => seeder.send((metadata) => new ExecuteMeetingCommand(request, metadata));
  for (const meeting of makersMeetings) {
    const { meetingId, platformId } = meeting;
    await send({ type: 'ScheduleMeeting', data: { meetingId, platformId, startsAt: meeting.startsAt, place: meeting.place, agenda: [...meeting.agenda] } });
    if (meeting.cancelled) await send({ type: 'CancelMeeting', data: { meetingId, reason: meeting.cancelled.reason } });
    if (meeting.held) await send({ type: 'HoldMeeting', data: { meetingId, ...meeting.held, attendance: [...meeting.held.attendance] } });
    for (const decision of meeting.decisions) {
      await seeder.send((metadata) => new ExecuteDecisionCommand({ type: 'RecordDecision', data: { platformId, meetingId, ...decision } }, metadata));
    }
  }
};
