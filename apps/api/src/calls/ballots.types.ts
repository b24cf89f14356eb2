import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';

export enum BallotChoiceCode {
  FOR = 'for',
  AGAINST = 'against',
  ABSTAIN = 'abstain',
}
registerEnumType(BallotChoiceCode, { name: 'BallotChoice' });

@ObjectType({ description: 'Votes for, against and abstaining.' })
export class VoteCounts {
  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstain!: number;
}

@ObjectType({ description: 'A member’s online ballot: who voted and when; how, only when the call’s ballots are open.' })
export class Ballot {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => ID, { description: 'The member’s identity subject.' })
  voterId!: string;

  @Field({ description: 'Cast under the call’s secret ballot: its choice is counted apart and never shown with the voter.' })
  secret!: boolean;

  @Field(() => BallotChoiceCode, { nullable: true, description: 'The choice of an open ballot; always null for a secret one.' })
  choice!: BallotChoiceCode | null;

  @Field()
  castAt!: string;
}

@ObjectType()
export class BallotConnection extends Connection(Ballot) {}

@ObjectType()
export class PaperBallotEvidence {
  @Field({ description: 'The minutes’ or the ballot record’s reference.' })
  reference!: string;

  @Field({ description: 'An https link to the scanned document.' })
  documentUrl!: string;
}

@ObjectType({ description: 'Paper ballots counted at a platform’s meeting, recorded by its moderator with evidence.' })
export class PaperTally {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  proposalId!: string;

  @Field(() => ID)
  platformId!: string;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;

  @Field(() => PaperBallotEvidence)
  evidence!: PaperBallotEvidence;

  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstain!: number;

  @Field()
  recordedAt!: string;
}

@ObjectType({ description: 'A proposal’s votes: online ballots (open and secret together) and paper tallies, shown apart and added up.' })
export class ProposalTally {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => VoteCounts)
  online!: VoteCounts;

  @Field(() => VoteCounts, { description: 'The paper tallies summed.' })
  paper!: VoteCounts;

  @Field(() => VoteCounts, { description: 'Online and paper together: what the award counts.' })
  total!: VoteCounts;

  @Field(() => Int, { description: 'Members who voted online.' })
  voters!: number;

  @Field(() => [PaperTally])
  paperTallies!: PaperTally[];
}
