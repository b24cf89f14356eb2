import { Logger } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { authorize, conflict, DomainError, notFound } from '@makers/kernel';
import {
  envelopeDecider,
  envelopePolicy,
  envelopeStreamName,
  initiativeDecider,
  initiativePolicy,
  initiativeStreamName,
  type AmendAgreement,
  type EnvelopeCommand,
  type EnvelopeEvent,
  type Initiative,
  type InitiativeEvent,
  type ReserveCommitment,
  type SignAgreement,
} from '@makers/cofinancing';
import {
  foldStream,
  handleCommand,
  loadState,
  toAppend,
  WrongExpectedVersionError,
  type AppendResult,
  type CommandMetadata,
  type EventStore,
  type HandledCommand,
} from '@makers/event-store';
import { programmeDecider, programmeStreamName } from '@makers/programme';

/**
 * What an initiative command did: its events on the initiative's stream and, for an agreement, what it did on the
 * envelope (the reservation made before the agreement, or else the release after it). `appended.position` is the last
 * position the command wrote, the release's when one followed the agreement, so read models are awaited up to it.
 */
export interface HandledInitiativeCommand extends HandledCommand<InitiativeEvent> {
  readonly envelope?: HandledCommand<EnvelopeEvent>;
}

/** How many times the agreement is decided again after another writer changed the initiative in between (as handleCommand). */
const MAX_ATTEMPTS = 3;

/** A fixed namespace for the ids of the envelope commands agreements send: any UUID, as long as it never changes. */
const ENVELOPE_COMMAND_NAMESPACE = '7d3f3f0e-5b7a-4c1e-9a56-3f0c8e2b6a41';

/** The envelope commands one agreement command may send: its reservation, the release once appended, or the cancellation. */
export type EnvelopeStep = 'reservation' | 'release' | 'cancellation';

/**
 * An envelope command's id, derived from the agreement command's: the same agreement command always sends the same
 * envelope commands (recognisably its own, as the award process derives its commands' ids), and the envelope events'
 * causation ids name those commands rather than passing them off as the agreement's. The reservation's id also names
 * its hold on the envelope, so that only this agreement command can cancel it. Event ids are fresh UUIDs either way
 * (toAppend). The correlation id stays the agreement's, tying them all to one request.
 */
export const envelopeCommandId = (agreementCommandId: string, step: EnvelopeStep = 'reservation'): string =>
  uuidv5(`envelope-${step}:${agreementCommandId}`, ENVELOPE_COMMAND_NAMESPACE);

type Started = Extract<Initiative, { status: 'started' }>;
type AgreementEvent = Extract<InitiativeEvent, { type: 'AgreementSigned' | 'AgreementAmended' }>;

const isAgreementEvent = (event: InitiativeEvent): event is AgreementEvent => event.type === 'AgreementSigned' || event.type === 'AgreementAmended';

const logger = new Logger('Envelope');

/**
 * Signs or amends an agreement, keeping UNDP's commitment on the programme's envelope (docs/contexts/cofinancing.md,
 * "Concurrency"). Two streams, no transaction: the envelope must never hold less than an agreement appended, so
 *
 * 1. the agreement is decided on the folded initiative, so a refused agreement touches nothing;
 * 2. a raised commitment (a signing, or an amendment raising UNDP's share) is held first on
 *    `cofinancing-envelope-<programmeId>`, with the programme's envelope, through handleCommand: of two agreements
 *    reserving at once, one append fails with a wrong expected version and is decided again on the fresh envelope, so
 *    it fits or meets EnvelopeExceeded;
 * 3. the agreement event is appended with the initiative stream's revision read in step 1; if another writer changed
 *    the initiative in between, all is decided again (up to MAX_ATTEMPTS), the hold made already standing;
 * 4. once it is appended, the envelope is settled on it: what a lowering amendment frees is released only now, so no
 *    other agreement can take money whose amendment might still be refused.
 *
 * When the agreement is not appended after all (refused when decided again, the retries run out, the store fails), the
 * hold is cancelled before the error goes back to the caller: the envelope's history shows both, adding up to nothing.
 * A process that dies between steps 2 and 3 cannot cancel: its hold keeps the money until the initiative's next agreement
 * is settled, which a retry with any UNDP share does.
 */
export const handleAgreementCommand = async (store: EventStore, command: SignAgreement | AmendAgreement, metadata: CommandMetadata): Promise<HandledInitiativeCommand> => {
  const streamName = initiativeStreamName(command.data.initiativeId);
  const envelope = envelopeSteps(store, command.data.initiativeId, metadata);
  /** The programme whose envelope holds this command's reservation while its agreement is not appended. */
  let holding: string | null = null;
  let reservation: HandledCommand<EnvelopeEvent> | undefined;
  try {
    for (let attempt = 1; ; attempt++) {
      const { state, expectedRevision } = await loadState(store, streamName, initiativeDecider);
      authorize(initiativePolicy, command, state, metadata.identity);
      const events = initiativeDecider.decide(command, state, { now: metadata.issuedAt, actor: metadata.identity.subject });
      const agreement = events.find(isAgreementEvent);
      if (!agreement || state.status !== 'started') return { events };
      const inForce = state.agreement ? { agreementVersion: state.agreement.version, undpUsdMinor: state.agreement.undpCommitmentUsdMinor } : null;
      const { version: agreementVersion, undpCommitmentUsdMinor: undpUsdMinor } = agreement.data;
      const changes = undpUsdMinor !== (inForce?.undpUsdMinor ?? 0);
      // Read whichever way the commitment moves: the programme must exist, and its envelope be in USD, before anything is appended.
      const programmeId = changes ? programmeOf(state) : null;
      const programme = programmeId === null ? null : { programmeId, envelopeUsdMinor: await envelopeOf(store, programmeId) };
      const raises = programme !== null && undpUsdMinor > (inForce?.undpUsdMinor ?? 0);
      if (raises) {
        const reserved = await envelope.reserve({ ...programme, agreementVersion, undpUsdMinor, agreementInForce: inForce });
        holding = programme.programmeId;
        // Decided again on an unchanged initiative, the hold of an earlier attempt stands: that is what was reserved.
        if (reserved.events.length > 0 || !reservation) reservation = reserved;
      }
      let appended: AppendResult;
      try {
        appended = await store.appendToStream(streamName, events.map((event) => toAppend(event, metadata)), { expectedRevision });
      } catch (error) {
        if (error instanceof WrongExpectedVersionError && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      const settleOn = programme?.programmeId ?? holding;
      holding = null;
      const released = settleOn === null ? undefined : await envelope.release(settleOn, agreementVersion, undpUsdMinor);
      const shown = raises ? reservation : released?.appended ? released : undefined;
      const position = Math.max(appended.position, released?.appended?.position ?? 0);
      return { events, appended: { ...appended, position }, ...(shown ? { envelope: shown } : {}) };
    }
  } catch (error) {
    if (holding !== null) await envelope.cancel(holding, error);
    throw error;
  }
};

/** The envelope commands of one agreement command, sent on its behalf with ids derived from its own. */
const envelopeSteps = (store: EventStore, initiativeId: string, metadata: CommandMetadata) => {
  const send = (programmeId: string, step: EnvelopeStep, command: EnvelopeCommand) =>
    handleCommand(store, { streamName: envelopeStreamName(programmeId), decider: envelopeDecider, policy: envelopePolicy }, command, {
      ...metadata,
      commandId: envelopeCommandId(metadata.commandId, step),
    });
  const reservationId = envelopeCommandId(metadata.commandId, 'reservation');
  return {
    reserve: (data: Omit<ReserveCommitment['data'], 'initiativeId' | 'reservationId'>) =>
      send(data.programmeId, 'reservation', { type: 'ReserveCommitment', data: { ...data, initiativeId, reservationId } }),
    release: (programmeId: string, agreementVersion: number, undpUsdMinor: number) =>
      send(programmeId, 'release', { type: 'ReleaseCommitment', data: { programmeId, initiativeId, agreementVersion, undpUsdMinor } }),
    /** Undoes the hold; the caller is answered with the error that stopped the agreement, whatever becomes of this. */
    cancel: async (programmeId: string, cause: unknown): Promise<void> => {
      try {
        await send(programmeId, 'cancellation', { type: 'CancelReservation', data: { programmeId, initiativeId, reservationId, reason: reasonOf(cause) } });
      } catch (error) {
        // The hold keeps the money, never less than committed, until the initiative's next agreement is settled.
        logger.error(`Reservation ${reservationId} of initiative ${initiativeId} could not be cancelled: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
};

/** Why an agreement was not appended, as its cancellation records it: the rule that refused it, as the caller sees it. */
const reasonOf = (error: unknown): string => {
  if (error instanceof DomainError) return error.rule;
  if (error instanceof WrongExpectedVersionError) return 'ConcurrentModification';
  return 'AgreementNotAppended';
};

/** The programme whose envelope holds UNDP's share; an initiative recorded before programmes were named has none. */
const programmeOf = (initiative: Started): string => {
  const { programmeId } = initiative as { programmeId?: unknown };
  if (typeof programmeId !== 'string') throw notFound('ProgrammeNotFound', `Initiative ${initiative.initiativeId} names no programme whose envelope could hold UNDP's share`);
  return programmeId;
};

/** The programme's budget envelope in US cents, from the programme's own stream. */
const envelopeOf = async (store: EventStore, programmeId: string): Promise<number> => {
  const programme = await foldStream(store, programmeStreamName(programmeId), programmeDecider);
  if (programme.status !== 'registered') throw notFound('ProgrammeNotFound', `No programme ${programmeId}`);
  const { budgetEnvelope } = programme;
  // Reservations are in US cents: an envelope in another currency would need a rate nobody agreed.
  if (budgetEnvelope.currency !== 'USD') throw conflict('EnvelopeNotInUsd', `The envelope of programme ${programmeId} is in ${budgetEnvelope.currency}; UNDP's commitments are reserved in USD`);
  return budgetEnvelope.amountMinor;
};
