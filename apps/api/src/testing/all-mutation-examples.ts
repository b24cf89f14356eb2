import { meetingsMutationExamples } from '../meetings/meetings.mutation-examples';
import { peopleMutationExamples } from '../people/people.mutation-examples';
import { platformsMutationExamples } from '../platforms/platforms.mutation-examples';
import { programmeMutationExamples } from '../programme/programme.mutation-examples';
import { capacityMutationExamples } from '../capacity/capacity.mutation-examples';
import { proposalsMutationExamples } from '../calls/proposals.mutation-examples';
import { ballotsMutationExamples } from '../calls/ballots.mutation-examples';
import { callMutationExamples } from '../calls/call.mutation-examples';
import { cofinancingMutationExamples } from '../cofinancing/cofinancing.mutation-examples';
import type { MutationExample } from './mutation-examples';

/** Every context's valid mutation calls: what the role matrix and the bad-input properties go over. */
export const mutationExamples: Readonly<Record<string, MutationExample>> = {
  ...programmeMutationExamples,
  ...callMutationExamples,
  ...capacityMutationExamples,
  ...platformsMutationExamples,
  ...peopleMutationExamples,
  ...meetingsMutationExamples,
  ...proposalsMutationExamples,
  ...ballotsMutationExamples,
  ...cofinancingMutationExamples,
};
