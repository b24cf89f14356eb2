import { sql, type Kysely } from 'kysely';
import { decodeCursor, encodeCursor, foldName, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import { isSex, type Sex } from '../person/person.events';
import { PEOPLE_DIRECTORY, type PeopleDirectoryTables, type PersonRow } from './people-directory.tables';

/** A person as the directory holds them. The API decides who may see `contact` and `yearOfBirth`. */
export interface PersonView {
  readonly id: string;
  readonly sex: Sex;
  /** null once the person is forgotten. */
  readonly name: string | null;
  readonly contact: string | null;
  readonly yearOfBirth: number | null;
  readonly erased: boolean;
  /** When they were registered (ISO 8601, from the event's metadata). */
  readonly registeredAt: string;
}

/** What another context's read side shows of a member, a participant or a volunteer: never a contact or an age. */
export interface PersonSummary {
  readonly personId: string;
  /** null once the person is forgotten: show them as erased. */
  readonly name: string | null;
  readonly sex: Sex;
  readonly erased: boolean;
}

export interface ListPeopleOptions extends PageRequest {
  /** Part of the name, in either script; case and diacritics do not matter ("savic" finds Savić). */
  readonly search?: string | null;
}

const directory = (db: Kysely<any>) => db as Kysely<PeopleDirectoryTables>;

const sexOf = (row: PersonRow): Sex => {
  if (!isSex(row.sex)) throw new Error(`Person ${row.person_id} has an unknown sex ${row.sex}`);
  return row.sex;
};

const toPersonView = (row: PersonRow): PersonView => ({
  id: row.person_id,
  sex: sexOf(row),
  name: row.name,
  contact: row.contact,
  yearOfBirth: row.year_of_birth === null ? null : Number(row.year_of_birth),
  erased: Number(row.erased) === 1,
  registeredAt: row.registered_at,
});

/** One person, or null when no such person was ever registered (a forgotten person is found, erased). */
export const getPerson = async (db: Kysely<any>, personId: string): Promise<PersonView | null> => {
  const row = await directory(db).selectFrom(PEOPLE_DIRECTORY).selectAll().where('person_id', '=', personId).executeTakeFirst();
  return row ? toPersonView(row) : null;
};

/** `%`, `_` and the escape itself taken literally in a LIKE pattern (with `escape '\'`, on both databases). */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** People in alphabetical order of their names (diacritics folded), the erased after them; keyset-paginated. */
export const listPeople = async (db: Kysely<any>, options: ListPeopleOptions): Promise<Page<PersonView>> => {
  const size = pageSize(options.first);
  const search = options.search == null ? '' : foldName(options.search);
  let filtered = directory(db).selectFrom(PEOPLE_DIRECTORY);
  if (search !== '') filtered = filtered.where(sql<boolean>`${sql.ref('search_key')} like ${`%${likeLiteral(search)}%`} escape '\\'`);
  let page = filtered.selectAll();
  if (options.after) page = page.where('sort_key', '>', decodeCursor('people', options.after, 1)[0]);
  const [rows, total] = await Promise.all([
    page.orderBy('sort_key').limit(size + 1).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), toPersonView, (row) => encodeCursor('people', [row.sort_key]));
};

/** How many ids go in one `in (…)`: well inside both databases' limits on bound parameters. */
const IDS_PER_QUERY = 500;

/**
 * The people among `personIds` the directory knows, by id, for another context's resolvers to name members, attendees
 * and volunteers in one query (an id not in the map was never registered, or not yet projected).
 */
export const findPeople = async (db: Kysely<any>, personIds: Iterable<string>): Promise<Map<string, PersonSummary>> => {
  const ids = [...new Set(personIds)];
  const found = new Map<string, PersonSummary>();
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const rows = await directory(db)
      .selectFrom(PEOPLE_DIRECTORY)
      .select(['person_id', 'sex', 'name', 'erased'])
      .where('person_id', 'in', ids.slice(start, start + IDS_PER_QUERY))
      .execute();
    for (const row of rows) {
      found.set(row.person_id, { personId: row.person_id, name: row.name, sex: sexOf(row as PersonRow), erased: Number(row.erased) === 1 });
    }
  }
  return found;
};
