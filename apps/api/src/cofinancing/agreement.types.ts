import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgreementPartyView, AgreementTotals as TotalsView, AgreementVersionView, AgreementView } from '@makers/cofinancing';
import type { Identity } from '@makers/kernel';
import { SafeInt } from '../graphql/scalars';
import { CurrencyCode, Money } from '../programme/programme.types';
import { ACTING_PERSON, actingPersonFor } from './acting-person-readers';
import { exchangeRateOf, moneyOf, usd } from './cofinancing-money';
import { PartyKindCode } from './cofinancing.enums';

@ObjectType({ description: 'A ratio of whole numbers, kept exactly as agreed: never a float.' })
export class Rational {
  @Field(() => SafeInt)
  numerator!: number;

  @Field(() => SafeInt)
  denominator!: number;
}

@ObjectType({ description: 'US dollars per one unit of a currency, as recorded: 1.20 USD/EUR through the BAM peg of 1.95583 is 120000/195583 USD per BAM.' })
export class ExchangeRate {
  @Field(() => CurrencyCode)
  currency!: CurrencyCode;

  @Field(() => Rational)
  usdPerUnit!: Rational;
}

@ObjectType({ description: 'One party of an agreement version and what it commits: in its own currency, and in USD at the version’s rates.' })
export class AgreementParty {
  @Field(() => ID, { description: 'Unique within the agreement; tranches, disbursements, refunds and spending name it.' })
  partyId!: string;

  @Field(() => PartyKindCode)
  kind!: PartyKindCode;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'A municipality party’s municipality; null for the others.' })
  municipalityId!: string | null;

  @Field(() => Money)
  amount!: Money;

  @Field(() => Money, { description: 'The amount in USD at the version’s rate, half a cent rounded up.' })
  amountUsd!: Money;
}

@ObjectType({ description: 'What each kind of party commits under one version, in USD at its rates.' })
export class AgreementTotals {
  @Field(() => Money)
  undpUsd!: Money;

  @Field(() => Money)
  municipalUsd!: Money;

  @Field(() => Money)
  otherDonorUsd!: Money;

  @Field(() => Money)
  inKindUsd!: Money;

  @Field(() => Money)
  totalUsd!: Money;
}

@ObjectType({ description: 'Version 1 is the signed agreement; each amendment is the next version, with its reason. Never edited.' })
export class AgreementVersion {
  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: 'Why it was amended; null for the signed version 1.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The amendment’s own reference (an annex’s); null for version 1 and for amendments recorded before they had one.' })
  amendmentReference!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the day it was agreed, the signing date for version 1 and the amendment’s date for an amendment; budget execution books its commitments in that year. Null for an amendment recorded before amendments carried their date, booked in the year it was recorded.',
  })
  agreedOn!: string | null;

  @Field(() => String, { nullable: true, description: `Who recorded the signing or the amendment. ${ACTING_PERSON}` })
  recordedBy!: string | null;

  @Field({ description: 'When the signing or the amendment was recorded (ISO 8601).' })
  recordedAt!: string;

  @Field(() => [AgreementParty])
  parties!: AgreementParty[];

  @Field(() => [ExchangeRate], { description: 'USD per unit of every non-USD currency the parties use, as recorded for this version.' })
  exchangeRates!: ExchangeRate[];

  @Field(() => AgreementTotals)
  totals!: AgreementTotals;

  @Field(() => Money, { description: 'UNDP’s commitment in USD: what the programme’s envelope holds for the initiative under this version.' })
  undpCommitmentUsd!: Money;
}

@ObjectType({ description: 'An initiative’s co-financing agreement as in force (its latest version), with every version, oldest first.' })
export class Agreement {
  @Field(() => ID)
  initiativeId!: string;

  @Field()
  agreementReference!: string;

  @Field({ description: 'YYYY-MM-DD; amendments keep it.' })
  signedOn!: string;

  @Field(() => Int, { description: 'The version in force.' })
  version!: number;

  @Field(() => [AgreementParty], { description: 'The parties of the version in force.' })
  parties!: AgreementParty[];

  @Field(() => [ExchangeRate])
  exchangeRates!: ExchangeRate[];

  @Field(() => AgreementTotals)
  totals!: AgreementTotals;

  @Field(() => Money)
  undpCommitmentUsd!: Money;

  @Field(() => [AgreementVersion])
  versions!: AgreementVersion[];
}

const partyOf = (party: AgreementPartyView): AgreementParty => ({
  partyId: party.partyId,
  kind: party.kind as PartyKindCode,
  name: party.name,
  municipalityId: party.municipalityId,
  amount: moneyOf(party.amount),
  amountUsd: usd(party.amountUsdMinor),
});

const totalsOf = (totals: TotalsView): AgreementTotals => ({
  undpUsd: usd(totals.undpUsdMinor),
  municipalUsd: usd(totals.municipalUsdMinor),
  otherDonorUsd: usd(totals.otherDonorUsdMinor),
  inKindUsd: usd(totals.inKindUsdMinor),
  totalUsd: usd(totals.totalUsdMinor),
});

const versionFor = (reader: Identity, version: AgreementVersionView): AgreementVersion => ({
  version: version.version,
  reason: version.reason,
  amendmentReference: version.amendmentReference,
  agreedOn: version.agreedOn,
  recordedBy: actingPersonFor(reader, version.recordedBy),
  recordedAt: version.recordedAt,
  parties: version.parties.map(partyOf),
  exchangeRates: version.exchangeRates.map(exchangeRateOf),
  totals: totalsOf(version.totals),
  undpCommitmentUsd: usd(version.undpCommitmentUsdMinor),
});

/** An agreement as `reader` may see it: who recorded each version only for ACTING_PERSON_READERS. */
export const agreementFor = (reader: Identity, view: AgreementView): Agreement => ({
  initiativeId: view.initiativeId,
  agreementReference: view.agreementReference,
  signedOn: view.signedOn,
  version: view.version,
  parties: view.parties.map(partyOf),
  exchangeRates: view.exchangeRates.map(exchangeRateOf),
  totals: totalsOf(view.totals),
  undpCommitmentUsd: usd(view.undpCommitmentUsdMinor),
  versions: view.versions.map((version) => versionFor(reader, version)),
});
