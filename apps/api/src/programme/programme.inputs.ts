import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { SafeInt } from '../graphql/scalars';
import { PageArgs } from '../graphql/pagination';
import { IsCalendarDate, IsFreeText, IsIdentifier, IsName } from '../validation/text.validators';
import { CurrencyCode, EntityCode } from './programme.types';

@InputType()
export class ProgrammeTargetInput {
  @Field({ description: 'A short stable code, e.g. co-financed-initiatives.' })
  @IsIdentifier()
  code!: string;

  @Field()
  @IsFreeText(500)
  description!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  minimum!: number;
}

@InputType()
export class RegisterProgrammeInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice; one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field()
  @IsName()
  name!: string;

  @Field()
  @IsName()
  donor!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  sector?: string;

  @Field(() => CurrencyCode)
  @IsEnum(CurrencyCode)
  currency!: CurrencyCode;

  @Field(() => SafeInt, { description: 'The budget envelope in minor units (USD 425,000 is 42500000).' })
  @IsInt()
  @Min(1)
  budgetEnvelopeMinor!: number;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD, after startsOn' })
  @IsCalendarDate()
  endsOn!: string;

  @Field(() => [ProgrammeTargetInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => ProgrammeTargetInput)
  targets: ProgrammeTargetInput[] = [];
}

@InputType()
export class RegisterMunicipalityInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice (e.g. istocno-novo-sarajevo); generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field({ description: 'In Latin script, with diacritics: Istočno Novo Sarajevo.' })
  @IsName(120)
  name!: string;

  @Field(() => String, { nullable: true, description: 'In Cyrillic, where used: Источно Ново Сарајево.' })
  @IsOptional()
  @IsName(120)
  nameCyrillic?: string;

  @Field(() => EntityCode)
  @IsEnum(EntityCode)
  entity!: EntityCode;
}

@InputType()
export class AddPartnerMunicipalityInput {
  @Field(() => ID)
  @IsIdentifier()
  programmeId!: string;

  @Field(() => ID)
  @IsIdentifier()
  municipalityId!: string;
}

@InputType()
export class RemovePartnerMunicipalityInput extends AddPartnerMunicipalityInput {
  @Field({ description: 'Why the partnership ends; kept in the history.' })
  @IsFreeText(2000)
  reason!: string;
}

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field(() => EntityCode, { nullable: true })
  @IsOptional()
  @IsEnum(EntityCode)
  entity?: EntityCode;

  @Field(() => ID, { nullable: true, description: 'Only current partners of this programme.' })
  @IsOptional()
  @IsIdentifier()
  partnerOf?: string;
}
