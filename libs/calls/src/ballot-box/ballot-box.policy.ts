import { hasRole, roleForPlatform, type Permission, type Policy } from '@makers/kernel';
import type { BallotBoxCommand, CastBallot, RecordPaperBallotTally } from './ballot-box.commands';
import type { BallotBox } from './ballot-box.decider';

/**
 * A platform member votes for themselves only: the snapshot's voter is the caller, with the caller's own platforms.
 * Whether those platforms make them eligible for this proposal is the decider's rule (VoterNotEligible).
 */
const theMemberThemselves: Permission<CastBallot, BallotBox> = (who, command) => {
  const voter = command.data.voter;
  return (
    hasRole(who, 'platform-member') &&
    voter?.voterId === who.subject &&
    Array.isArray(voter.platformIds) &&
    voter.platformIds.every((platformId) => who.platformIds.includes(platformId))
  );
};

/** A moderator of the platform that held the paper vote, that platform being one of the proposal's municipality. */
const moderatorOfAPlatformOfTheMunicipality = roleForPlatform<RecordPaperBallotTally, BallotBox>('platform-moderator', (command) =>
  Array.isArray(command.data.platformsOfMunicipality) && command.data.platformsOfMunicipality.includes(command.data.platformId) ? command.data.platformId : undefined,
);

export const ballotBoxPolicy: Policy<BallotBoxCommand, BallotBox> = {
  CastBallot: theMemberThemselves,
  RecordPaperBallotTally: moderatorOfAPlatformOfTheMunicipality,
};
