import type { Identity } from '@makers/kernel';
import { platformStewards, type MeetingView } from '@makers/platforms';

type MeetingScope = Pick<MeetingView, 'platformId' | 'municipalityIds'>;

const stewards = platformStewards<MeetingScope, undefined>((meeting) => ({ platformId: meeting.platformId, municipalityIds: meeting.municipalityIds }));

/**
 * Who attended a meeting, person by person, is personal data; how many attended, by sex and age group, is not.
 * Everyone who may read meetings gets the figures (`Meeting.attendance`); the list of attendees with their names
 * (`Meeting.attendees`) goes only to those who keep the platform's records, as the meeting policy names them:
 * programme managers, administrators, municipal officers of one of the platform's municipalities and moderators of
 * that platform. To anyone else the list is null; donor auditors audit through the figures and the audit trail.
 */
export const mayListAttendees = (who: Identity | undefined, meeting: MeetingScope): boolean => who !== undefined && stewards(who, meeting, undefined);
