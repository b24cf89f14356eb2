import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../graphql/pagination';
import { IsIdentifier } from '../validation/text.validators';
import { InitiativeStateCode } from './initiative.types';

/** The initiatives list's filters; each one left out matches every initiative. */
@ArgsType()
export class InitiativesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only initiatives in this municipality.' })
  @IsOptional()
  @IsIdentifier()
  municipalityId?: string;

  @Field(() => InitiativeStateCode, { nullable: true, description: 'Only initiatives in this state.' })
  @IsOptional()
  @IsEnum(InitiativeStateCode)
  state?: InitiativeStateCode;

  @Field(() => ID, { nullable: true, description: 'Only initiatives of this programme.' })
  @IsOptional()
  @IsIdentifier()
  programmeId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only those whose agreement in force has a municipal share; false: only the others.' })
  @IsOptional()
  @IsBoolean()
  coFinanced?: boolean;
}
