import type { Kysely } from 'kysely';
import type { AgreementParty, AgreementTotals } from '../initiative/agreement.terms';
import type { ExchangeRate } from '../initiative/exchange-rate';
import { AGREEMENT_PARTIES, AGREEMENT_VERSIONS, toAgreementParty, type AgreementVersionRow } from './agreement-read-model.tables';
import { INITIATIVES, type InitiativeReadModelTables } from './initiative-read-model.tables';

/** A party with its commitment in its own currency and, at the version's rates, in US cents. */
export type AgreementPartyView = AgreementParty;

export interface AgreementVersionView {
  readonly version: number;
  /** Why it was amended; null for the signed version 1. */
  readonly reason: string | null;
  /** The amendment's own reference; null for version 1 and for amendments recorded before they had one. */
  readonly amendmentReference: string | null;
  /** YYYY-MM-DD: the signing date of version 1, an amendment's date; null for an amendment recorded before it carried one. */
  readonly agreedOn: string | null;
  /** Who recorded the signing or the amendment (the event's actor). */
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly parties: AgreementPartyView[];
  /** USD per unit of every non-USD currency the parties use, as recorded for this version. */
  readonly exchangeRates: ExchangeRate[];
  readonly totals: AgreementTotals;
  readonly undpCommitmentUsdMinor: number;
}

/** The agreement as in force (the latest version), with every version, oldest first. */
export interface AgreementView {
  readonly initiativeId: string;
  readonly agreementReference: string;
  readonly signedOn: string;
  /** The version in force. */
  readonly version: number;
  readonly parties: AgreementPartyView[];
  readonly exchangeRates: ExchangeRate[];
  readonly totals: AgreementTotals;
  readonly undpCommitmentUsdMinor: number;
  readonly versions: AgreementVersionView[];
}

const totalsOf = (row: AgreementVersionRow): AgreementTotals => ({
  undpUsdMinor: Number(row.undp_usd_minor),
  municipalUsdMinor: Number(row.municipal_usd_minor),
  otherDonorUsdMinor: Number(row.other_donor_usd_minor),
  inKindUsdMinor: Number(row.in_kind_usd_minor),
  totalUsdMinor: Number(row.total_usd_minor),
});

/** The initiative's agreement, or null while none is signed (or the initiative is unknown). */
export const getAgreement = async (db: Kysely<any>, initiativeId: string): Promise<AgreementView | null> => {
  const reader = db as Kysely<InitiativeReadModelTables>;
  const initiative = await reader
    .selectFrom(INITIATIVES)
    .select(['agreement_reference', 'signed_on', 'agreement_version'])
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirst();
  if (!initiative || initiative.agreement_version === null || initiative.agreement_reference === null || initiative.signed_on === null) return null;

  const versionRows = await reader.selectFrom(AGREEMENT_VERSIONS).selectAll().where('initiative_id', '=', initiativeId).orderBy('version').execute();
  const partyRows = await reader.selectFrom(AGREEMENT_PARTIES).selectAll().where('initiative_id', '=', initiativeId).orderBy('version').orderBy('ordinal').execute();
  const versions = versionRows.map(
    (row): AgreementVersionView => ({
      version: Number(row.version),
      reason: row.reason,
      amendmentReference: row.amendment_reference,
      agreedOn: row.agreed_on,
      recordedBy: row.recorded_by,
      recordedAt: row.recorded_at,
      parties: partyRows.filter((party) => Number(party.version) === Number(row.version)).map(toAgreementParty),
      exchangeRates: JSON.parse(row.exchange_rates_json) as ExchangeRate[],
      totals: totalsOf(row),
      undpCommitmentUsdMinor: Number(row.undp_commitment_usd_minor),
    }),
  );
  const inForce = versions.find((version) => version.version === Number(initiative.agreement_version));
  if (!inForce) throw new Error(`Initiative ${initiativeId} has agreement version ${initiative.agreement_version} in force, which is not kept`);
  return {
    initiativeId,
    agreementReference: initiative.agreement_reference,
    signedOn: initiative.signed_on,
    version: inForce.version,
    parties: inForce.parties,
    exchangeRates: inForce.exchangeRates,
    totals: inForce.totals,
    undpCommitmentUsdMinor: inForce.undpCommitmentUsdMinor,
    versions,
  };
};
