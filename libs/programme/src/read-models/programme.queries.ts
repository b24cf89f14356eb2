import type { Kysely } from 'kysely';
import { isCurrency, type Money } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import type { ProgrammeTarget } from '../programme/programme.events';
import { PARTNERS, PROGRAMMES, type ProgrammeReadModelTables, type ProgrammeRow } from './programme-read-model.tables';

export interface ProgrammeView {
  readonly id: string;
  readonly name: string;
  readonly donor: string;
  readonly sector: string | null;
  readonly budgetEnvelope: Money;
  /** YYYY-MM-DD */
  readonly startsOn: string;
  readonly endsOn: string;
  readonly targets: ProgrammeTarget[];
  /** When it was registered (ISO 8601, from the event's metadata). */
  readonly registeredAt: string;
  /** Current partner municipalities. */
  readonly partnerCount: number;
}

type ProgrammeRowWithCount = ProgrammeRow & { partner_count: number | string | bigint | null };

const programmesWithPartnerCount = (db: Kysely<ProgrammeReadModelTables>) =>
  db
    .selectFrom(PROGRAMMES)
    .selectAll(PROGRAMMES)
    .select((eb) =>
      eb
        .selectFrom(PARTNERS)
        .whereRef(`${PARTNERS}.programme_id`, '=', `${PROGRAMMES}.programme_id`)
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .as('partner_count'),
    );

const toProgrammeView = (row: ProgrammeRowWithCount): ProgrammeView => {
  if (!isCurrency(row.envelope_currency)) throw new Error(`Programme ${row.programme_id} has an unknown currency ${row.envelope_currency}`);
  return {
    id: row.programme_id,
    name: row.name,
    donor: row.donor,
    sector: row.sector,
    // PostgreSQL's bigint may arrive as text where the pool does not parse it; minor units stay far below 2^53.
    budgetEnvelope: { amountMinor: Number(row.envelope_amount_minor), currency: row.envelope_currency },
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    targets: JSON.parse(row.targets_json) as ProgrammeTarget[],
    registeredAt: row.registered_at,
    partnerCount: Number(row.partner_count ?? 0),
  };
};

/** One programme with its count of current partners, or null when no such programme is registered. */
export const getProgramme = async (db: Kysely<any>, programmeId: string): Promise<ProgrammeView | null> => {
  const row = await programmesWithPartnerCount(db).where(`${PROGRAMMES}.programme_id`, '=', programmeId).executeTakeFirst();
  return row ? toProgrammeView(row) : null;
};

/** Programmes by start date (earliest first), then id; keyset-paginated. */
export const listProgrammes = async (db: Kysely<any>, { first, after }: PageRequest = { first: 50 }): Promise<Page<ProgrammeView>> => {
  const size = pageSize(first);
  const programmes = db as Kysely<ProgrammeReadModelTables>;
  let query = programmesWithPartnerCount(programmes);
  if (after) {
    const [startsOn, programmeId] = decodeCursor('programmes', after, 2);
    query = query.where((eb) =>
      eb.or([
        eb(`${PROGRAMMES}.starts_on`, '>', startsOn),
        eb.and([eb(`${PROGRAMMES}.starts_on`, '=', startsOn), eb(`${PROGRAMMES}.programme_id`, '>', programmeId)]),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    query.orderBy(`${PROGRAMMES}.starts_on`).orderBy(`${PROGRAMMES}.programme_id`).limit(size + 1).execute(),
    programmes.selectFrom(PROGRAMMES).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), toProgrammeView, (row) => encodeCursor('programmes', [row.starts_on, row.programme_id]));
};
