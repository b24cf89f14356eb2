import type { Transaction } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';
import type { EnvelopeEvent } from '../envelope/envelope.events';
import { ENVELOPES } from './budget-read-model.tables';
import type { InitiativeReadModelTables } from './initiative-read-model.tables';

type Writer = Transaction<InitiativeReadModelTables>;

/**
 * Every envelope event (a reservation, a release, a cancelled reservation) states the programme's reserved total after
 * it; the latest (by global position) stands, so an earlier one applied again changes nothing. Only a reservation
 * carries the envelope: the others keep the one the last reservation did.
 */
export const applyEnvelopeEvent = async (trx: Writer, event: EnvelopeEvent, recorded: RecordedEvent): Promise<void> => {
  const { programmeId, reservedUsdMinor } = event.data;
  const envelope = event.type === 'CommitmentReserved' ? { envelope_usd_minor: event.data.envelopeUsdMinor } : {};
  const update = { ...envelope, reserved_usd_minor: reservedUsdMinor, position: recorded.position };
  await trx
    .insertInto(ENVELOPES)
    .values({ programme_id: programmeId, envelope_usd_minor: null, ...update })
    .onConflict((conflict) => conflict.column('programme_id').doUpdateSet(update).where(`${ENVELOPES}.position`, '<', recorded.position))
    .execute();
};
