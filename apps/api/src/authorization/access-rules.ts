import type { Role } from '@makers/kernel';
import { auditQueryRules } from '../audit/audit.access-rules';
import { callMutationRules, callQueryRules } from '../calls/call.access-rules';
import { proposalsMutationRules, proposalsQueryRules } from '../calls/proposals.access-rules';
import { ballotsMutationRules, ballotsQueryRules } from '../calls/ballots.access-rules';
import { cofinancingMutationRules, cofinancingQueryRules } from '../cofinancing/cofinancing.access-rules';
import { capacityMutationRules, capacityQueryRules } from '../capacity/capacity.access-rules';
import { meetingsMutationRules, meetingsQueryRules } from '../meetings/meetings.access-rules';
import { peopleMutationRules, peopleQueryRules } from '../people/people.access-rules';
import { platformsMutationRules, platformsQueryRules } from '../platforms/platforms.access-rules';
import { programmeMutationRules, programmeQueryRules } from '../programme/programme.access-rules';
import type { AccessRule } from './access-matrix';

/** Every context's rules, for the matrices: each mutation and query of the schema needs one. */
export const MUTATION_RULES: Readonly<Record<string, AccessRule>> = {
  ...proposalsMutationRules,
  ...ballotsMutationRules,
  ...programmeMutationRules,
  ...callMutationRules,
  ...capacityMutationRules,
  ...platformsMutationRules,
  ...peopleMutationRules,
  ...meetingsMutationRules,
  ...cofinancingMutationRules,
};

export const QUERY_RULES: Readonly<Record<string, readonly Role[]>> = {
  ...proposalsQueryRules,
  ...ballotsQueryRules,
  ...programmeQueryRules,
  ...callQueryRules,
  ...cofinancingQueryRules,
  ...capacityQueryRules,
  ...platformsQueryRules,
  ...peopleQueryRules,
  ...meetingsQueryRules,
  ...auditQueryRules,
};
