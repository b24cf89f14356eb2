import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';
import { Money } from '../programme/programme.types';

@ObjectType({ description: 'Where an initiative comes from: the awarded call and the funded proposal.' })
export class InitiativeOrigin {
  @Field({ description: '`award` for now; platform priorities come with the co-financing agreements.' })
  kind!: string;

  @Field(() => ID)
  callId!: string;

  @Field(() => ID)
  proposalId!: string;
}

@ObjectType({ description: 'A local initiative to co-finance, started once for each funded proposal of an award.' })
export class Initiative {
  @Field(() => ID, { description: 'award-<callId>-<proposalId> for an initiative from an award.' })
  id!: string;

  @Field(() => InitiativeOrigin)
  origin!: InitiativeOrigin;

  @Field(() => ID)
  municipalityId!: string;

  @Field({ description: 'The funded proposal’s title, with its diacritics.' })
  title!: string;

  @Field(() => Money, { description: 'What the award funded.' })
  amount!: Money;

  @Field({ description: 'When it was started (ISO 8601).' })
  startedAt!: string;
}

@ObjectType()
export class InitiativeConnection extends Connection(Initiative) {}
