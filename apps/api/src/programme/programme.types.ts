import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';
import { SafeInt } from '../graphql/scalars';

export enum EntityCode {
  FBIH = 'FBIH',
  RS = 'RS',
  BD = 'BD',
}
registerEnumType(EntityCode, {
  name: 'Entity',
  description: 'Where a municipality lies: the Federation of Bosnia and Herzegovina, Republika Srpska or Brčko District.',
  valuesMap: { FBIH: { description: 'Federation of Bosnia and Herzegovina' }, RS: { description: 'Republika Srpska' }, BD: { description: 'Brčko District' } },
});

export enum CurrencyCode {
  USD = 'USD',
  BAM = 'BAM',
  EUR = 'EUR',
}
registerEnumType(CurrencyCode, { name: 'Currency', description: 'ISO 4217. BAM is pegged to EUR at 1.95583.' });

@ObjectType({ description: 'An amount in integer minor units (cents, feninga) with its currency.' })
export class Money {
  @Field(() => SafeInt)
  amountMinor!: number;

  @Field(() => CurrencyCode)
  currency!: CurrencyCode;
}

@ObjectType({ description: 'A programme target, such as "at least 8 co-financed initiatives".' })
export class ProgrammeTarget {
  @Field()
  code!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  minimum!: number;
}

@ObjectType()
export class Programme {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  donor!: string;

  @Field(() => String, { nullable: true })
  sector!: string | null;

  @Field(() => Money)
  budgetEnvelope!: Money;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD' })
  endsOn!: string;

  @Field(() => [ProgrammeTarget])
  targets!: ProgrammeTarget[];

  @Field(() => Int, { description: 'Current partner municipalities.' })
  partnerCount!: number;
}

@ObjectType()
export class Municipality {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'In Latin script, with diacritics.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'In Cyrillic script, where the municipality uses it.' })
  nameCyrillic!: string | null;

  @Field(() => EntityCode)
  entity!: EntityCode;
}

@ObjectType()
export class MunicipalityConnection extends Connection(Municipality) {}

@ObjectType()
export class ProgrammeConnection extends Connection(Programme) {}
