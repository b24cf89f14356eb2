import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BudgetExecutionView, ExecutionAmounts as AmountsView } from '@makers/cofinancing';
import { CurrencyCode, Money } from '../programme/programme.types';
import { usd } from './cofinancing-money';
import { PartyKindCode } from './cofinancing.enums';

@ObjectType({
  description:
    'A programme’s co-financing envelope in USD: what UNDP committed against it under each initiative’s agreement in force, what was paid to UNDP parties net of refunds, and what is left to commit.',
})
export class Envelope {
  @Field(() => ID)
  programmeId!: string;

  @Field(() => Money, {
    nullable: true,
    description: 'The envelope in USD, as reservations carry it (before any, the programme’s budget envelope); null when the programme’s envelope is not in USD.',
  })
  envelope!: Money | null;

  @Field(() => Money, { description: 'UNDP’s commitments reserved, under each initiative’s agreement in force.' })
  committed!: Money;

  @Field(() => Money, { description: 'Paid to UNDP parties minus their refunds, in USD at the rates recorded on each payment and refund.' })
  disbursed!: Money;

  @Field(() => Money, { nullable: true, description: 'Envelope minus committed: what agreements may still commit; null while the envelope is.' })
  remaining!: Money | null;

  @Field(() => Int, { description: 'Initiatives started in the programme, whatever their state.' })
  initiativeCount!: number;
}

@ObjectType({ isAbstract: true })
abstract class ExecutionAmounts {
  @Field(() => CurrencyCode, { description: 'The currency the money moved in.' })
  currency!: CurrencyCode;

  @Field(() => Money, { description: 'Commitments in the year (signings by their signing date, an amendment’s change by the date it was agreed, so possibly negative), in that currency.' })
  committed!: Money;

  @Field(() => Money, { description: 'The same at the agreements’ rates, in USD.' })
  committedUsd!: Money;

  @Field(() => Money, { description: 'Payments by their value date, in that currency.' })
  disbursed!: Money;

  @Field(() => Money, { description: 'The same at the payments’ rates, in USD.' })
  disbursedUsd!: Money;

  @Field(() => Money, { description: 'Refunds by their value date, in that currency.' })
  refunded!: Money;

  @Field(() => Money, { description: 'The same at the refunds’ rates, in USD.' })
  refundedUsd!: Money;
}

@ObjectType({
  description:
    'What one party moved in one currency in the year, across the programme’s initiatives: UNDP (a row per currency), each municipality by its own municipality, each other donor and each in-kind contributor by name.',
})
export class ExecutionByParty extends ExecutionAmounts {
  @Field(() => PartyKindCode)
  partyKind!: PartyKindCode;

  @Field({ description: 'The party’s name as the agreements give it (where they differ, the first in alphabetical order).' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'MUNICIPALITY only: the municipality whose share this is (which may be a neighbour of the initiative’s own); null for the other kinds.' })
  municipalityId!: string | null;
}

@ObjectType({ description: 'What one kind of party moved in one currency in the year: the byParty rows of that kind and currency, summed.' })
export class ExecutionByPartyKind extends ExecutionAmounts {
  @Field(() => PartyKindCode)
  partyKind!: PartyKindCode;
}

@ObjectType({ description: 'What every party of one municipality’s initiatives moved in one currency in the year: the money spent in that municipality.' })
export class ExecutionByMunicipality extends ExecutionAmounts {
  @Field(() => ID, { description: 'The initiatives’ municipality, where the money is spent (not the paying party’s).' })
  municipalityId!: string;
}

@ObjectType({ description: 'The year’s money of every party and currency, in USD at the rates recorded.' })
export class ExecutionTotals {
  @Field(() => Money)
  committedUsd!: Money;

  @Field(() => Money)
  disbursedUsd!: Money;

  @Field(() => Money)
  refundedUsd!: Money;
}

@ObjectType({
  description:
    'A programme’s budget execution in one calendar year, every party (UNDP, municipalities, other donors, in kind): commitments, payments and refunds, in their currency and in USD.',
})
export class BudgetExecution {
  @Field(() => ID)
  programmeId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => ExecutionTotals)
  totals!: ExecutionTotals;

  @Field(() => [ExecutionByParty], {
    description:
      'By party, then currency: UNDP, each municipality’s own share (by the party’s municipalityId), each other donor, each in-kind contributor; in that order of kinds, then by municipality and name. What a municipality itself committed and paid is its MUNICIPALITY row here.',
  })
  byParty!: ExecutionByParty[];

  @Field(() => [ExecutionByPartyKind], { description: 'By kind of party (UNDP, municipality, other donor, in kind), then currency.' })
  byPartyKind!: ExecutionByPartyKind[];

  @Field(() => [ExecutionByMunicipality], {
    description:
      'By where the money is spent: the initiatives’ municipality, whichever party pays (UNDP, the municipality, a neighbour municipality of an inter-entity initiative, other donors, in kind), then currency. This answers “funds realised by municipality”: add a municipality’s rows in USD across currencies. For what each municipality contributed from its own budget, read its MUNICIPALITY row in byParty.',
  })
  byMunicipality!: ExecutionByMunicipality[];
}

const amountsOf = (row: AmountsView): ExecutionAmounts => {
  const currency = row.currency as CurrencyCode;
  return {
    currency,
    committed: { amountMinor: row.committedMinor, currency },
    committedUsd: usd(row.committedUsdMinor),
    disbursed: { amountMinor: row.disbursedMinor, currency },
    disbursedUsd: usd(row.disbursedUsdMinor),
    refunded: { amountMinor: row.refundedMinor, currency },
    refundedUsd: usd(row.refundedUsdMinor),
  };
};

export const budgetExecutionOf = (view: BudgetExecutionView): BudgetExecution => ({
  programmeId: view.programmeId,
  year: view.year,
  totals: { committedUsd: usd(view.totals.committedUsdMinor), disbursedUsd: usd(view.totals.disbursedUsdMinor), refundedUsd: usd(view.totals.refundedUsdMinor) },
  byParty: view.byParty.map((row) => ({ partyKind: row.partyKind as PartyKindCode, name: row.name, municipalityId: row.municipalityId, ...amountsOf(row) })),
  byPartyKind: view.byPartyKind.map((row) => ({ partyKind: row.partyKind as PartyKindCode, ...amountsOf(row) })),
  byMunicipality: view.byMunicipality.map((row) => ({ municipalityId: row.municipalityId, ...amountsOf(row) })),
});
