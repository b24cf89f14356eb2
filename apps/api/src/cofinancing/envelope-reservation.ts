import { v5 as uuidv5 } from 'uuid';
import { authorize, conflict, notFound } from '@makers/kernel';
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
  type SignAgreement,
} from '@makers/cofinancing';
import { foldStream, handleCommand, loadState, toAppend, WrongExpectedVersionError, type CommandMetadata, type EventStore, type HandledCommand } from '@makers/event-store';
import { programmeDecider, programmeStreamName } from '@makers/programme';

/** What an initiative command did: its events on the initiative's stream and, for an agreement, what it did on the envelope. */
export interface HandledInitiativeCommand extends HandledCommand<InitiativeEvent> {
  readonly envelope?: HandledCommand<EnvelopeEvent>;
}

/** How many times the agreement is decided again after another writer changed the initiative in between (as handleCommand). */
const MAX_ATTEMPTS = 3;

/** A fixed namespace for the ids of the envelope commands agreements send: any UUID, as long as it never changes. */
const ENVELOPE_COMMAND_NAMESPACE = '7d3f3f0e-5b7a-4c1e-9a56-3f0c8e2b6a41';

/**
 * The envelope command's id, derived from the agreement command's: the same agreement command always sends the same
 * envelope command (recognisably one, as the award process derives its commands' ids), and the reservation's causation
 * id names that command rather than passing it off as the agreement's. Event ids are fresh UUIDs either way (toAppend),
 * so the two appends cannot collide on them. The correlation id stays the agreement's, tying both to one request.
 */
export const envelopeCommandId = (agreementCommandId: string): string => uuidv5(`envelope-reservation:${agreementCommandId}`, ENVELOPE_COMMAND_NAMESPACE);

type Started = Extract<Initiative, { status: 'started' }>;
type AgreementEvent = Extract<InitiativeEvent, { type: 'AgreementSigned' | 'AgreementAmended' }>;

const isAgreementEvent = (event: InitiativeEvent): event is AgreementEvent => event.type === 'AgreementSigned' || event.type === 'AgreementAmended';

/**
 * Signs or amends an agreement, holding UNDP's commitment on the programme's envelope first (docs/contexts/cofinancing.md,
 * "Concurrency"):
 *
 * 1. the agreement is decided on the folded initiative, so a refused agreement reserves nothing and appends nothing;
 * 2. the programme's envelope (in USD) is read from the programme's stream;
 * 3. the change of UNDP's commitment is reserved (or released) on `cofinancing-envelope-<programmeId>` through
 *    handleCommand, which appends with the revision it read: of two agreements signed at once, one append fails with a
 *    wrong expected version, and that one is decided again on the fresh envelope, so it fits or meets EnvelopeExceeded;
 * 4. the agreement event is appended with the initiative stream's revision read in step 1.
 *
 * Retrying is safe. If step 4 fails (a crash, or another writer changed the initiative), the reservation stays, and
 * the same agreement decided again asks to reserve the same initiative, version and amount, which the envelope decides
 * is already done (no event); a concurrent change of the initiative is decided again here, as handleCommand would.
 * What retrying cannot undo: a reservation whose agreement was never appended and is never retried with the same
 * UNDP amount stays reserved (AgreementVersionAlreadyReserved for another amount under that version).
 */
export const handleAgreementCommand = async (store: EventStore, command: SignAgreement | AmendAgreement, metadata: CommandMetadata): Promise<HandledInitiativeCommand> => {
  const streamName = initiativeStreamName(command.data.initiativeId);
  for (let attempt = 1; ; attempt++) {
    const { state, expectedRevision } = await loadState(store, streamName, initiativeDecider);
    authorize(initiativePolicy, command, state, metadata.identity);
    const events = initiativeDecider.decide(command, state, { now: metadata.issuedAt, actor: metadata.identity.subject });
    const agreement = events.find(isAgreementEvent);
    if (!agreement || state.status !== 'started') return { events };
    const envelope = await reserveOnEnvelope(store, state, agreement, metadata);
    try {
      const appended = await store.appendToStream(streamName, events.map((event) => toAppend(event, metadata)), { expectedRevision });
      return { events, appended, ...(envelope ? { envelope } : {}) };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
};

/** Reserves a raised UNDP commitment, releases a lowered one, and leaves the envelope alone when it is unchanged. */
const reserveOnEnvelope = async (store: EventStore, initiative: Started, agreement: AgreementEvent, metadata: CommandMetadata): Promise<HandledCommand<EnvelopeEvent> | undefined> => {
  const before = initiative.agreement?.undpCommitmentUsdMinor ?? 0;
  const { version: agreementVersion, undpCommitmentUsdMinor: undpUsdMinor } = agreement.data;
  if (undpUsdMinor === before) return undefined;
  const programmeId = programmeOf(initiative);
  // Read for a release too: the programme must exist, and its envelope be in USD, whichever way the commitment moves.
  const envelopeUsdMinor = await envelopeOf(store, programmeId);
  const { initiativeId } = initiative;
  const command: EnvelopeCommand =
    undpUsdMinor > before
      ? { type: 'ReserveCommitment', data: { programmeId, initiativeId, agreementVersion, undpUsdMinor, envelopeUsdMinor } }
      : { type: 'ReleaseCommitment', data: { programmeId, initiativeId, agreementVersion, undpUsdMinor } };
  const target = { streamName: envelopeStreamName(programmeId), decider: envelopeDecider, policy: envelopePolicy };
  return handleCommand(store, target, command, { ...metadata, commandId: envelopeCommandId(metadata.commandId) });
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
