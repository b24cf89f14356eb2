import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUrl, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../graphql/pagination';
import { IsIdentifier, IsName } from '../validation/text.validators';
import { BallotChoiceCode } from './ballots.types';

/** No meeting counts more paper ballots than this. */
export const MAX_PAPER_VOTES = 1_000_000;
export const MAX_DOCUMENT_URL_LENGTH = 2000;

@InputType()
export class CastBallotInput {
  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;

  @Field(() => BallotChoiceCode)
  @IsEnum(BallotChoiceCode)
  choice!: BallotChoiceCode;
}

@InputType()
export class PaperBallotEvidenceInput {
  @Field({ description: 'The minutes’ or the ballot record’s reference, e.g. Zapisnik 7/2021.' })
  @IsName()
  reference!: string;

  @Field({ description: 'An https link to the scanned document.' })
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: false }, { message: '$property must be an https link' })
  @MaxLength(MAX_DOCUMENT_URL_LENGTH)
  documentUrl!: string;
}

@InputType()
export class RecordPaperBallotTallyInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice; one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;

  @Field(() => ID, { description: 'The platform whose members voted on paper: one covering the proposal’s municipality.' })
  @IsIdentifier()
  platformId!: string;

  @Field(() => ID, { nullable: true, description: 'The meeting the paper vote took place at; its ballots are recorded once.' })
  @IsOptional()
  @IsIdentifier()
  meetingId?: string | null;

  @Field(() => PaperBallotEvidenceInput)
  @ValidateNested()
  @Type(() => PaperBallotEvidenceInput)
  evidence!: PaperBallotEvidenceInput;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_PAPER_VOTES)
  for!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_PAPER_VOTES)
  against!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_PAPER_VOTES)
  abstain!: number;
}

@ArgsType()
export class ProposalVotersArgs extends PageArgs {
  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;
}
