import type { Kysely } from 'kysely';
import { invalidInput } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import { ENTITIES, isEntity, type Entity } from '../municipality/municipality.events';
import { MUNICIPALITIES, PARTNERS, type MunicipalityRow, type ProgrammeReadModelTables } from './programme-read-model.tables';

export interface MunicipalityView {
  readonly id: string;
  /** Latin script, diacritics kept. */
  readonly name: string;
  readonly nameCyrillic: string | null;
  readonly entity: Entity;
  readonly registeredAt: string;
}

export interface PartnerView extends MunicipalityView {
  readonly programmeId: string;
  /** When it (last) became a partner, ISO 8601. */
  readonly partnerSince: string;
}

export interface ListMunicipalitiesOptions extends PageRequest {
  readonly entity?: Entity | null;
  /** Only the current partners of this programme. */
  readonly partnerOf?: string | null;
}

const toMunicipalityView = (row: MunicipalityRow): MunicipalityView => ({
  id: row.municipality_id,
  name: row.name,
  nameCyrillic: row.name_cyrillic,
  entity: row.entity as Entity,
  registeredAt: row.registered_at,
});

export const getMunicipality = async (db: Kysely<any>, municipalityId: string): Promise<MunicipalityView | null> => {
  const row = await (db as Kysely<ProgrammeReadModelTables>).selectFrom(MUNICIPALITIES).selectAll().where('municipality_id', '=', municipalityId).executeTakeFirst();
  return row ? toMunicipalityView(row) : null;
};

/** Municipalities in alphabetical order of their Latin names (diacritics folded), keyset-paginated. */
export const listMunicipalities = async (db: Kysely<any>, options: ListMunicipalitiesOptions): Promise<Page<MunicipalityView>> => {
  const size = pageSize(options.first);
  const { entity, partnerOf, after } = options;
  if (entity != null && !isEntity(entity)) throw invalidInput('EntityUnknown', `entity must be one of ${ENTITIES.join(', ')}`, 'entity');

  let filtered = (db as Kysely<ProgrammeReadModelTables>).selectFrom(MUNICIPALITIES);
  if (entity != null) filtered = filtered.where(`${MUNICIPALITIES}.entity`, '=', entity);
  if (partnerOf != null) {
    filtered = filtered.where(({ exists, selectFrom }) =>
      exists(
        selectFrom(PARTNERS)
          .select(`${PARTNERS}.municipality_id`)
          .whereRef(`${PARTNERS}.municipality_id`, '=', `${MUNICIPALITIES}.municipality_id`)
          .where(`${PARTNERS}.programme_id`, '=', partnerOf),
      ),
    );
  }
  let page = filtered.selectAll(MUNICIPALITIES);
  if (after) page = page.where(`${MUNICIPALITIES}.sort_key`, '>', decodeCursor('municipalities', after, 1)[0]);

  const [rows, total] = await Promise.all([
    page.orderBy(`${MUNICIPALITIES}.sort_key`).limit(size + 1).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), toMunicipalityView, (row) => encodeCursor('municipalities', [row.sort_key]));
};

/** The current partners of a programme, alphabetically. Empty when it has none or does not exist. */
export const listPartners = async (db: Kysely<any>, programmeId: string): Promise<PartnerView[]> => {
  const rows = await (db as Kysely<ProgrammeReadModelTables>)
    .selectFrom(PARTNERS)
    .innerJoin(MUNICIPALITIES, `${MUNICIPALITIES}.municipality_id`, `${PARTNERS}.municipality_id`)
    .selectAll(MUNICIPALITIES)
    .select([`${PARTNERS}.programme_id`, `${PARTNERS}.partner_since`])
    .where(`${PARTNERS}.programme_id`, '=', programmeId)
    .orderBy(`${MUNICIPALITIES}.sort_key`)
    .execute();
  return rows.map((row) => ({ ...toMunicipalityView(row), programmeId: row.programme_id, partnerSince: row.partner_since }));
};
