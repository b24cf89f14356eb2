import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import { nameSortKey, type Projection } from '@makers/projections';
import { MUNICIPALITY_EVENT_TYPES, type MunicipalityEvent } from '../municipality/municipality.events';
import { PROGRAMME_EVENT_TYPES, type ProgrammeEvent } from '../programme/programme.events';
import {
  createProgrammeTables,
  dropProgrammeTables,
  MUNICIPALITIES,
  PARTNERS,
  PROGRAMMES,
  type ProgrammeReadModelTables,
} from './programme-read-model.tables';

type ProgrammeContextEvent = ProgrammeEvent | MunicipalityEvent;

const EVENT_TYPES: readonly string[] = [...PROGRAMME_EVENT_TYPES, ...MUNICIPALITY_EVENT_TYPES];

const isProgrammeContextEvent = (event: RecordedEvent): event is RecordedEvent & ProgrammeContextEvent => EVENT_TYPES.includes(event.type);

/**
 * Programmes, municipalities and current partnerships, for dashboards and lists. Every write is an upsert or a
 * delete keyed by id, so applying an event twice leaves the same rows as applying it once.
 */
export const programmeProjection: Projection<ProgrammeReadModelTables> = {
  name: 'programme',
  version: 1,
  eventTypes: EVENT_TYPES,
  setup: (db: Kysely<any>) => createProgrammeTables(db),
  teardown: (db: Kysely<any>) => dropProgrammeTables(db),
  apply: async (trx: Transaction<ProgrammeReadModelTables>, recorded: RecordedEvent) => {
    if (!isProgrammeContextEvent(recorded)) return;
    const event = recorded as ProgrammeContextEvent;
    const at = recorded.metadata.occurredAt;
    switch (event.type) {
      case 'ProgrammeRegistered': {
        const { programmeId, name, donor, sector, budgetEnvelope, startsOn, endsOn, targets } = event.data;
        const row = {
          name,
          donor,
          sector,
          envelope_amount_minor: budgetEnvelope.amountMinor,
          envelope_currency: budgetEnvelope.currency,
          starts_on: startsOn,
          ends_on: endsOn,
          targets_json: JSON.stringify(targets),
          registered_at: at,
        };
        await trx
          .insertInto(PROGRAMMES)
          .values({ programme_id: programmeId, ...row })
          .onConflict((conflict) => conflict.column('programme_id').doUpdateSet(row))
          .execute();
        return;
      }
      case 'MunicipalityAddedAsPartner': {
        const { programmeId, municipalityId } = event.data;
        await trx
          .insertInto(PARTNERS)
          .values({ programme_id: programmeId, municipality_id: municipalityId, partner_since: at })
          .onConflict((conflict) => conflict.columns(['programme_id', 'municipality_id']).doUpdateSet({ partner_since: at }))
          .execute();
        return;
      }
      case 'MunicipalityRemovedAsPartner':
        await trx
          .deleteFrom(PARTNERS)
          .where('programme_id', '=', event.data.programmeId)
          .where('municipality_id', '=', event.data.municipalityId)
          .execute();
        return;
      case 'MunicipalityRegistered': {
        const { municipalityId, name, nameCyrillic, entity } = event.data;
        const row = { name, name_cyrillic: nameCyrillic, entity, sort_key: nameSortKey(name, municipalityId), registered_at: at };
        await trx
          .insertInto(MUNICIPALITIES)
          .values({ municipality_id: municipalityId, ...row })
          .onConflict((conflict) => conflict.column('municipality_id').doUpdateSet(row))
          .execute();
        return;
      }
      default:
        assertNever(event);
    }
  },
};
