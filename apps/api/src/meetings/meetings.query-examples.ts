import type { QueryExamples } from '../authorization/query-example';
import { setUp } from '../testing/mutation-examples';
import { prepareMeeting, RECORD_DECISION, recordDecisionInput } from './meetings.mutation-examples';

const UNIQUE = 'meetings-query-matrix';
const MEETING_ID = `meeting-${UNIQUE}`;
const PLATFORM_ID = `platform-${UNIQUE}`;

/** A held meeting of an active platform and a decision identifying a priority, recorded as an administrator. */
export const meetingsQueryExamples: QueryExamples = {
  prepare: async (api) => {
    const { platform, meetingId } = await prepareMeeting(api, UNIQUE, 'held');
    await setUp(api, RECORD_DECISION, recordDecisionInput(`decision-${UNIQUE}`, meetingId, platform.platformId));
  },
  queries: {
    meeting: {
      document: 'query ($id: ID!) { meeting(id: $id) { id state attendance { members youth bySexAndAgeGroup { sex ageGroup count } } } }',
      variables: { id: MEETING_ID },
    },
    meetings: { document: 'query ($platformId: ID) { meetings(platformId: $platformId, first: 10) { nodes { id state } totalCount } }', variables: { platformId: PLATFORM_ID } },
    decisions: { document: 'query ($platformId: ID!) { decisions(platformId: $platformId, first: 10) { nodes { id kind status } totalCount } }', variables: { platformId: PLATFORM_ID } },
    priorities: { document: 'query ($platformId: ID) { priorities(platformId: $platformId, first: 10) { nodes { id title } totalCount } }', variables: { platformId: PLATFORM_ID } },
  },
};
