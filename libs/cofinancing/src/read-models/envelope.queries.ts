import { sql, type Kysely } from 'kysely';
import { BUDGET_MOVEMENTS, ENVELOPES } from './budget-read-model.tables';
import { INITIATIVES, type InitiativeReadModelTables } from './initiative-read-model.tables';

/** The programme envelope: what UNDP committed against it, paid out of it, and has left to commit. */
export interface EnvelopeView {
  readonly programmeId: string;
  /** The envelope as the last reservation carried it; null before any reservation (the programme read model knows it). */
  readonly envelopeUsdMinor: number | null;
  /**
   * UNDP's commitments reserved in all, as the envelope stream last stated it: under each initiative's agreement in force,
   * and for a moment also what an agreement being signed or amended holds before it is appended (cancelled if it is not).
   */
  readonly committedUsdMinor: number;
  /** Paid to UNDP-kind parties minus their refunds, in US cents at the rates recorded, across the programme's initiatives. */
  readonly disbursedUsdMinor: number;
  /** Envelope minus committed; null while the envelope is. */
  readonly remainingUsdMinor: number | null;
  /** Initiatives started in the programme, whatever their state. */
  readonly initiativeCount: number;
}

const undpNet = sql<number>`coalesce(sum(case when ${sql.ref('movement')} = 'disbursed' then ${sql.ref('amount_usd_minor')} when ${sql.ref('movement')} = 'refunded' then -${sql.ref('amount_usd_minor')} else 0 end), 0)`;

/** The envelope of a programme; zeros with a null envelope when nothing was reserved against it yet. */
export const getEnvelope = async (db: Kysely<any>, programmeId: string): Promise<EnvelopeView> => {
  const reader = db as Kysely<InitiativeReadModelTables>;
  const envelope = await reader.selectFrom(ENVELOPES).select(['envelope_usd_minor', 'reserved_usd_minor']).where('programme_id', '=', programmeId).executeTakeFirst();
  const disbursed = await reader
    .selectFrom(BUDGET_MOVEMENTS)
    .select(undpNet.as('usd'))
    .where('programme_id', '=', programmeId)
    .where('party_kind', '=', 'undp')
    .executeTakeFirstOrThrow();
  const initiatives = await reader
    .selectFrom(INITIATIVES)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  const envelopeUsdMinor = envelope?.envelope_usd_minor == null ? null : Number(envelope.envelope_usd_minor);
  const committedUsdMinor = Number(envelope?.reserved_usd_minor ?? 0);
  return {
    programmeId,
    envelopeUsdMinor,
    committedUsdMinor,
    disbursedUsdMinor: Number(disbursed.usd),
    remainingUsdMinor: envelopeUsdMinor === null ? null : envelopeUsdMinor - committedUsdMinor,
    initiativeCount: Number(initiatives.count),
  };
};
