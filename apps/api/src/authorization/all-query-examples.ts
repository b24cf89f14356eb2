import { meetingsQueryExamples } from '../meetings/meetings.query-examples';
import { peopleQueryExamples } from '../people/people.query-examples';
import { platformsQueryExamples } from '../platforms/platforms.query-examples';
import { programmeQueryExamples } from '../programme/programme.query-examples';
import { capacityQueryExamples } from '../capacity/capacity.query-examples';
import { proposalsQueryExamples } from '../calls/proposals.query-examples';
import { ballotsQueryExamples } from '../calls/ballots.query-examples';
import { callQueryExamples } from '../calls/call.query-examples';
import { cofinancingQueryExamples } from '../cofinancing/cofinancing.query-examples';
import type { ApiHarness } from '../testing/api-harness';
import type { QueryExample, QueryExamples } from './query-example';

const contexts: readonly QueryExamples[] = [programmeQueryExamples, peopleQueryExamples, platformsQueryExamples, capacityQueryExamples, meetingsQueryExamples, callQueryExamples, cofinancingQueryExamples, proposalsQueryExamples, ballotsQueryExamples];

/** Every context's query examples, merged for the query matrix. */
export const queryExamples: Readonly<Record<string, QueryExample>> = Object.assign({}, ...contexts.map((context) => context.queries));

export const prepareQueryExamples = async (api: ApiHarness): Promise<void> => {
  for (const context of contexts) await context.prepare(api);
};
