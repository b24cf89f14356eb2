import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Min, ValidateBy } from 'class-validator';
import { EARLIEST_YEAR_OF_BIRTH, MAX_CONTACT_LENGTH } from '@makers/people';
import { PageArgs } from '../graphql/pagination';
import { IsFreeText, IsIdentifier, IsName } from '../validation/text.validators';
import { SexCode } from './people.types';

/** No later than this year (the decider checks against the command's own year as well). */
const NotAfterThisYear = () =>
  ValidateBy({
    name: 'notAfterThisYear',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && value <= new Date().getUTCFullYear(),
      defaultMessage: () => '$property must not lie after this year',
    },
  });

/** The personal data a person gives: sealed before it is recorded, erased when they are forgotten. */
@InputType({ isAbstract: true })
class PersonalDataFields {
  @Field({ description: 'As the person writes it, in Latin or Cyrillic script, diacritics kept.' })
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true, description: 'An e-mail address, a phone number or an address, on one line.' })
  @IsOptional()
  @IsName(MAX_CONTACT_LENGTH)
  contact?: string | null;

  @Field(() => Int, { nullable: true, description: `A whole year, ${EARLIEST_YEAR_OF_BIRTH} to this year: youth (15 to 30) is computed from it at each meeting's date.` })
  @IsOptional()
  @IsInt()
  @Min(EARLIEST_YEAR_OF_BIRTH)
  @NotAfterThisYear()
  yearOfBirth?: number | null;
}

@InputType()
export class RegisterPersonInput extends PersonalDataFields {
  @Field(() => ID, { nullable: true, description: 'An opaque slug of your choice, never made from the name or a contact; a UUID is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field(() => SexCode)
  @IsEnum(SexCode)
  sex!: SexCode;
}

@InputType({ description: 'Replaces the personal data as a whole: a contact or year of birth left out is no longer kept.' })
export class UpdatePersonalDataInput extends PersonalDataFields {
  @Field(() => ID)
  @IsIdentifier()
  personId!: string;
}

@InputType()
export class ForgetPersonInput {
  @Field(() => ID)
  @IsIdentifier()
  personId!: string;

  @Field({ description: 'Why (a request by the person, a retention period ended). Checked, but not kept: it could name the person.' })
  @IsFreeText(2000)
  reason!: string;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name; case and diacritics do not matter ("savic" finds Savić).' })
  @IsOptional()
  @IsName()
  search?: string;
}
