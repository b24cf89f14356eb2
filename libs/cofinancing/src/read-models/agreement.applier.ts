import type { Transaction } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';
import { todayInBiH } from '@makers/kernel';
import type { AgreementParty } from '../initiative/agreement.terms';
import type { AgreementAmended, AgreementSigned } from '../initiative/initiative.events';
import { AGREEMENT_PARTIES, AGREEMENT_VERSIONS, toAgreementParty } from './agreement-read-model.tables';
import { committedIn, recordBudgetMovements } from './budget-movements.applier';
import { commitmentChanges } from './commitment-changes';
import { advanceState } from './initiative.applier';
import { INITIATIVES, type InitiativeReadModelTables } from './initiative-read-model.tables';
import { flag, yearOf } from './read-model-columns';

type Writer = Transaction<InitiativeReadModelTables>;

export const partiesOfVersion = async (trx: Writer, initiativeId: string, version: number): Promise<AgreementParty[]> => {
  const rows = await trx.selectFrom(AGREEMENT_PARTIES).selectAll().where('initiative_id', '=', initiativeId).where('version', '=', version).orderBy('ordinal').execute();
  return rows.map(toAgreementParty);
};

/**
 * A signing or an amendment: the version and its parties are kept as recorded, the initiative shows the version in
 * force (never an older one applied again), and the ledger books each party's commitment, or its change against the
 * previous version, in the year of the signing date or of the amendment's date.
 */
export const applyAgreementVersion = async (trx: Writer, event: AgreementSigned | AgreementAmended, recorded: RecordedEvent): Promise<void> => {
  const { initiativeId, version, parties, exchangeRates, totals, undpCommitmentUsdMinor } = event.data;
  await trx
    .insertInto(AGREEMENT_VERSIONS)
    .values({
      initiative_id: initiativeId,
      version,
      reason: event.type === 'AgreementAmended' ? event.data.reason : null,
      amendment_reference: event.type === 'AgreementAmended' ? (event.data.amendmentReference ?? null) : null,
      agreed_on: event.type === 'AgreementSigned' ? event.data.signedOn : (event.data.amendedOn ?? null),
      recorded_by: recorded.metadata.actor,
      recorded_at: recorded.metadata.occurredAt,
      exchange_rates_json: JSON.stringify(exchangeRates),
      undp_usd_minor: totals.undpUsdMinor,
      municipal_usd_minor: totals.municipalUsdMinor,
      other_donor_usd_minor: totals.otherDonorUsdMinor,
      in_kind_usd_minor: totals.inKindUsdMinor,
      total_usd_minor: totals.totalUsdMinor,
      undp_commitment_usd_minor: undpCommitmentUsdMinor,
    })
    .onConflict((conflict) => conflict.columns(['initiative_id', 'version']).doNothing())
    .execute();
  await trx
    .insertInto(AGREEMENT_PARTIES)
    .values(
      parties.map((party, ordinal) => ({
        initiative_id: initiativeId,
        version,
        party_id: party.partyId,
        ordinal,
        kind: party.kind,
        name: party.name,
        municipality_id: party.municipalityId,
        amount_minor: party.amount.amountMinor,
        currency: party.amount.currency,
        amount_usd_minor: party.amountUsdMinor,
      })),
    )
    .onConflict((conflict) => conflict.columns(['initiative_id', 'version', 'party_id']).doNothing())
    .execute();

  const signing = event.type === 'AgreementSigned' ? { agreement_reference: event.data.agreementReference, signed_on: event.data.signedOn } : {};
  await trx
    .updateTable(INITIATIVES)
    .set({
      ...signing,
      agreement_version: version,
      co_financed: flag(totals.municipalUsdMinor > 0),
      undp_usd_minor: totals.undpUsdMinor,
      municipal_usd_minor: totals.municipalUsdMinor,
      total_usd_minor: totals.totalUsdMinor,
    })
    .where('initiative_id', '=', initiativeId)
    .where((eb) => eb.or([eb('agreement_version', 'is', null), eb('agreement_version', '<=', version)]))
    .execute();
  await advanceState(trx, initiativeId, 'agreed');

  const previous = version > 1 ? await partiesOfVersion(trx, initiativeId, version - 1) : [];
  // An amendment counts in the year it was agreed; one recorded before amendments carried their date, in the year of the
  // Sarajevo day it was recorded on (23:30 UTC on 31 December is already the new year there).
  const year = yearOf(event.type === 'AgreementSigned' ? event.data.signedOn : (event.data.amendedOn ?? todayInBiH(new Date(event.data.amendedAt))));
  await recordBudgetMovements(
    trx,
    recorded,
    initiativeId,
    commitmentChanges(previous, parties).map((change) => committedIn(year, change)),
  );
};
