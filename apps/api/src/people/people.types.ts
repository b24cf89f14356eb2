import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Sex } from '@makers/people';
import { Connection } from '../graphql/pagination';

/**
 * A person's sex as the API shows it, for every context (members, attendance, trainings, volunteers): the values are
 * the people context's own (`female`, …), the names GraphQL's.
 */
export enum SexCode {
  FEMALE = 'female',
  MALE = 'male',
  OTHER = 'other',
  UNDISCLOSED = 'undisclosed',
}
registerEnumType(SexCode, {
  name: 'Sex',
  description: 'Kept in clear, and kept when a person is forgotten: figures disaggregated by sex need it.',
  valuesMap: { UNDISCLOSED: { description: 'The person chose not to say.' } },
});

/** The domain's Sex is the enum's values: a conversion the compiler checks both ways. */
export const sexCode = (sex: Sex): SexCode => sex as SexCode;

@ObjectType({ description: 'A member, participant or volunteer. Their personal data is sealed per person and erased when they are forgotten.' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => SexCode)
  sex!: SexCode;

  @Field(() => String, { nullable: true, description: 'As they write it, diacritics and script kept; null once the person is forgotten.' })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An e-mail address, a phone number or an address. Shown only to programme managers, administrators, municipal officers and platform moderators; null to others, when not given, or once forgotten.',
  })
  contact!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Shown only to programme managers, administrators, municipal officers and platform moderators; null to others, when not given, or once forgotten.',
  })
  yearOfBirth!: number | null;

  @Field({ description: 'The person was forgotten: their personal data is erased for good; id and sex stay for the figures.' })
  erased!: boolean;
}

@ObjectType()
export class PersonConnection extends Connection(Person) {}
