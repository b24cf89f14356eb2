import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { InitiativeState, InitiativeView } from '@makers/cofinancing';
import { Connection } from '../graphql/pagination';
import { Money } from '../programme/programme.types';
import { moneyOf, usd } from './cofinancing-money';

// Enums: GraphQL names, the domain's values (`AGREED` is 'agreed').

export enum InitiativeOriginKindCode {
  AWARD = 'award',
  PRIORITY = 'priority',
}
registerEnumType(InitiativeOriginKindCode, {
  name: 'InitiativeOriginKind',
  description: 'Where an initiative comes from.',
  valuesMap: {
    AWARD: { description: 'A funded proposal of an awarded call: callId and proposalId are set.' },
    PRIORITY: { description: 'A standing priority a local platform identified: platformId and priorityId are set.' },
  },
});

export enum InitiativeStateCode {
  STARTED = 'started',
  AGREED = 'agreed',
  COMPLETED = 'completed',
  CLOSED = 'closed',
}
registerEnumType(InitiativeStateCode, {
  name: 'InitiativeState',
  description: 'Where an initiative is in its life; it only moves forward.',
  valuesMap: {
    STARTED: { description: 'Started; no agreement signed yet.' },
    AGREED: { description: 'Its co-financing agreement is signed: tranches, disbursements and reports follow.' },
    COMPLETED: { description: 'Its final report is accepted; it may be closed.' },
    CLOSED: { description: 'Closed out: only refunds are recorded afterwards.' },
  },
});

@ObjectType({
  description: 'Where an initiative comes from: `kind` says which ids are set (as QuorumRule does), the others are null.',
})
export class InitiativeOrigin {
  @Field(() => InitiativeOriginKindCode)
  kind!: InitiativeOriginKindCode;

  @Field(() => ID, { nullable: true, description: 'AWARD only: the awarded call.' })
  callId!: string | null;

  @Field(() => ID, { nullable: true, description: 'AWARD only: the funded proposal.' })
  proposalId!: string | null;

  @Field(() => ID, { nullable: true, description: 'PRIORITY only: the platform that identified the priority.' })
  platformId!: string | null;

  @Field(() => ID, { nullable: true, description: 'PRIORITY only: the priority, a decision of that platform.' })
  priorityId!: string | null;
}

@ObjectType({
  description:
    'A local initiative to co-finance, from a funded proposal or a platform’s priority, with what its agreement in force commits and what was disbursed. Its agreement, tranches, disbursements, refunds and reports are fields here and queries of their own.',
})
export class Initiative {
  @Field(() => ID, { description: 'award-<callId>-<proposalId> for an initiative from an award.' })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The programme whose envelope holds UNDP’s share. Null only for an initiative an earlier version started from an award without naming its programme: it shows in no programme’s initiatives, envelope or budget execution.',
  })
  programmeId!: string | null;

  @Field(() => InitiativeOrigin)
  origin!: InitiativeOrigin;

  @Field(() => ID)
  municipalityId!: string;

  @Field({ description: 'The proposal’s or priority’s title, with its diacritics.' })
  title!: string;

  @Field(() => Money, { nullable: true, description: 'What the award funded; null for an initiative from a priority, whose money is what its agreement commits.' })
  amount!: Money | null;

  @Field(() => InitiativeStateCode)
  state!: InitiativeStateCode;

  @Field({ description: 'The agreement in force has a municipal share above zero.' })
  coFinanced!: boolean;

  @Field(() => String, { nullable: true, description: 'Null until the agreement is signed.' })
  agreementReference!: string | null;

  @Field(() => Int, { nullable: true, description: 'The agreement version in force (1 when signed, +1 per amendment); null until signed.' })
  agreementVersion!: number | null;

  @Field(() => Money, { description: 'UNDP’s commitment under the agreement in force, in USD at its rates; 0 until signed.' })
  undpUsd!: Money;

  @Field(() => Money, { description: 'The municipalities’ commitments under the agreement in force, in USD at its rates; 0 until signed.' })
  municipalUsd!: Money;

  @Field(() => Money, { description: 'Every party’s commitment (UNDP, municipalities, other donors, in kind), in USD at the agreement’s rates; 0 until signed.' })
  totalUsd!: Money;

  @Field(() => Money, { description: 'Paid minus refunded, every party, in USD at the rates recorded on each payment and refund.' })
  disbursedUsd!: Money;

  @Field({ description: 'When it was started (ISO 8601).' })
  startedAt!: string;

  @Field(() => String, { nullable: true, description: 'When it was closed out (ISO 8601); null while open.' })
  closedAt!: string | null;
}

@ObjectType()
export class InitiativeConnection extends Connection(Initiative) {}

/** The domain's states are the enum's values: conversions the compiler checks. */
export const initiativeStateCode = (state: InitiativeState): InitiativeStateCode => state as InitiativeStateCode;
export const initiativeStateOf = (code: InitiativeStateCode): InitiativeState => `${code}`;

export const initiativeOf = (view: InitiativeView): Initiative => ({
  id: view.id,
  programmeId: view.programmeId,
  origin:
    view.origin.kind === 'award'
      ? { kind: InitiativeOriginKindCode.AWARD, callId: view.origin.callId, proposalId: view.origin.proposalId, platformId: null, priorityId: null }
      : { kind: InitiativeOriginKindCode.PRIORITY, callId: null, proposalId: null, platformId: view.origin.platformId, priorityId: view.origin.priorityId },
  municipalityId: view.municipalityId,
  title: view.title,
  amount: view.amount ? moneyOf(view.amount) : null,
  state: initiativeStateCode(view.state),
  coFinanced: view.coFinanced,
  agreementReference: view.agreementReference,
  agreementVersion: view.agreementVersion,
  undpUsd: usd(view.undpUsdMinor),
  municipalUsd: usd(view.municipalUsdMinor),
  totalUsd: usd(view.totalUsdMinor),
  disbursedUsd: usd(view.disbursedUsdMinor),
  startedAt: view.startedAt,
  closedAt: view.closedAt,
});
