import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { DomainError, invalidInput } from '@makers/kernel';
import {
  envelopeStreamName,
  initiativeStreamName,
  type AgreementPartyInput as AgreementParty,
  type ExchangeRate,
  type InitiativeEvent,
  type TrancheInput as Tranche,
} from '@makers/cofinancing';
import type { CommandMetadata, EventStore, HandledCommand, RecordedEvent } from '@makers/event-store';
import type { AuditEvent } from '../audit/audit.types';
import { CommandSender } from '../commands/command-sender';
import { EVENT_STORE } from '../infrastructure/tokens';
import { Metadata } from '../request/command-metadata';
import { partyKindOf, reportKindOf, trancheConditionOf } from './cofinancing.enums';
import {
  AcceptReportInput,
  AmendAgreementInput,
  ApproveDisbursementInput,
  CloseInitiativeInput,
  DefineTrancheScheduleInput,
  PayDisbursementInput,
  RecordRefundInput,
  RejectDisbursementInput,
  RequestDisbursementInput,
  ReturnReportInput,
  SignAgreementInput,
  StartInitiativeFromPriorityInput,
  SubmitReportInput,
  type AgreementPartyInput,
  type ExchangeRateInput,
  type TrancheInput,
} from './cofinancing.inputs';
import { InitiativeChange } from './cofinancing.mutation-types';
import type { HandledInitiativeCommand } from './envelope-reservation';
import { ExecuteInitiativeCommand, type InitiativeRequest } from './initiative.commands';

// Inputs as the domain takes them: amounts become Money, rates plain ratios. The domain checks what they mean.

const partyOf = ({ partyId, kind, name, municipalityId, amountMinor, currency }: AgreementPartyInput): AgreementParty => ({
  partyId,
  kind: partyKindOf(kind),
  name,
  municipalityId: municipalityId ?? null,
  amount: { amountMinor, currency },
});

const rateOf = ({ currency, usdPerUnit }: ExchangeRateInput): ExchangeRate => ({ currency, usdPerUnit: { numerator: usdPerUnit.numerator, denominator: usdPerUnit.denominator } });

/** A tranche is an amount in the party's currency or a percent of its commitment: exactly one of the two. */
const trancheOf = ({ trancheId, partyId, amountMinor, currency, percent, dueOn, condition }: TrancheInput, index: number): Tranche => {
  const field = `tranches[${index}]`;
  const rest = { trancheId, partyId, dueOn, condition: condition ? trancheConditionOf(condition) : null };
  if (percent !== undefined && percent !== null) {
    if ((amountMinor ?? currency ?? null) !== null) {
      throw invalidInput('TrancheAmountAndPercent', `${field} gives an amount and a percent: give amountMinor with currency, or percent`, `${field}.percent`);
    }
    return { ...rest, amount: { percent } };
  }
  if (amountMinor === undefined || amountMinor === null) {
    throw invalidInput('TrancheAmountMissing', `${field} needs amountMinor with currency, or percent`, `${field}.amountMinor`);
  }
  if (currency === undefined || currency === null) throw invalidInput('TrancheCurrencyMissing', `${field} gives amountMinor without its currency`, `${field}.currency`);
  return { ...rest, amount: { amountMinor, currency } };
};

/** The start's input names the initiative `id`, its command `initiativeId`: a refusal names the field the caller sent. */
const asStartInputField = (error: unknown): never => {
  if (error instanceof DomainError && error.field === 'initiativeId') throw new DomainError(error.code, error.rule, error.message, 'id');
  throw error;
};

/** An event as stored, as the audit trail shows it. */
const auditEventOf = ({ id, streamName, revision, position, type, data, metadata }: RecordedEvent): AuditEvent => ({
  eventId: id,
  streamName,
  revision,
  position,
  type,
  data,
  ...metadata,
});

/**
 * The initiative commands as mutations (all but the award's start, which only the award process sends). Each goes
 * through the bus to the one initiative handler, whose policy says who may issue it; the answer is what it appended.
 */
@Resolver(() => InitiativeChange)
export class CofinancingMutationsResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Sends through the bus (waiting for the read models), and reads back what it appended. */
  private async execute(request: InitiativeRequest, metadata: CommandMetadata): Promise<InitiativeChange> {
    const handled: HandledInitiativeCommand = await this.commands.send<InitiativeEvent>(new ExecuteInitiativeCommand(request, metadata));
    const { initiativeId } = request.data;
    const envelopeEvent = handled.envelope?.events[0];
    const events = [
      ...(handled.envelope && envelopeEvent ? await this.appended(envelopeStreamName(envelopeEvent.data.programmeId), handled.envelope) : []),
      ...(await this.appended(initiativeStreamName(initiativeId), handled)),
    ];
    return { initiativeId, events };
  }

  /** The events a handled command appended to `streamName`, read back with their ids, revisions and positions. */
  private async appended(streamName: string, { events, appended }: HandledCommand<unknown>): Promise<AuditEvent[]> {
    if (!appended || events.length === 0) return [];
    const recorded = await this.store.readStream(streamName, { fromRevision: appended.nextExpectedRevision - events.length + 1, maxCount: events.length });
    return recorded.map(auditEventOf);
  }

  @Mutation(() => InitiativeChange, { description: 'Starts an initiative from a platform’s priority, which must still stand in its decision register.' })
  startInitiativeFromPriority(@Args('input') { id, ...input }: StartInitiativeFromPriorityInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute({ type: 'StartInitiativeFromPriority', data: { ...input, initiativeId: id ?? uuidv7() } }, metadata).catch(asStartInputField);
  }

  @Mutation(() => InitiativeChange, {
    description: 'Signs the co-financing agreement, once: UNDP’s commitment is reserved on the programme’s envelope first, and refused (CONFLICT EnvelopeExceeded) past it.',
  })
  signAgreement(@Args('input') { initiativeId, agreementReference, signedOn, parties, exchangeRates }: SignAgreementInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute(
      { type: 'SignAgreement', data: { initiativeId, agreementReference, signedOn, parties: parties.map(partyOf), exchangeRates: exchangeRates.map(rateOf) } },
      metadata,
    );
  }

  @Mutation(() => InitiativeChange, {
    description:
      'Amends the agreement version you read (CONFLICT AgreementVersionChanged when another amendment came in between) as a new version with its reason; a raised UNDP commitment is reserved on the envelope, a lowered one released.',
  })
  amendAgreement(
    @Args('input') { initiativeId, expectedAgreementVersion, amendmentReference, amendedOn, parties, exchangeRates, reason }: AmendAgreementInput,
    @Metadata() metadata: CommandMetadata,
  ): Promise<InitiativeChange> {
    const terms = { parties: parties.map(partyOf), exchangeRates: exchangeRates.map(rateOf) };
    return this.execute({ type: 'AmendAgreement', data: { initiativeId, expectedAgreementVersion, amendmentReference, amendedOn, ...terms, reason } }, metadata);
  }

  @Mutation(() => InitiativeChange, {
    description: 'Records the whole tranche schedule of the agreement in force, replacing the schedule you read (CONFLICT ScheduleVersionChanged when another came in between).',
  })
  defineTrancheSchedule(@Args('input') { initiativeId, expectedScheduleVersion, tranches }: DefineTrancheScheduleInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute({ type: 'DefineTrancheSchedule', data: { initiativeId, expectedScheduleVersion, tranches: tranches.map(trancheOf) } }, metadata);
  }

  @Mutation(() => InitiativeChange, { description: 'Requests a disbursement against a tranche, at most the party’s remaining commitment.' })
  requestDisbursement(@Args('input') { initiativeId, disbursementId, trancheId, amountMinor, currency }: RequestDisbursementInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute(
      { type: 'RequestDisbursement', data: { initiativeId, disbursementId, trancheId, amount: { amountMinor, currency } } },
      metadata,
    );
  }

  @Mutation(() => InitiativeChange, {
    description: 'Approves a requested disbursement: four eyes (not by its requester, FORBIDDEN RequesterCannotApprove), and only once its tranche’s condition holds.',
  })
  approveDisbursement(@Args('input') { initiativeId, disbursementId }: ApproveDisbursementInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute({ type: 'ApproveDisbursement', data: { initiativeId, disbursementId } }, metadata);
  }

  @Mutation(() => InitiativeChange, {
    description: 'Rejects a requested or approved disbursement with a reason (its requester may withdraw their own); it then holds no tranche and is never paid.',
  })
  rejectDisbursement(@Args('input') { initiativeId, disbursementId, reason }: RejectDisbursementInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute({ type: 'RejectDisbursement', data: { initiativeId, disbursementId, reason } }, metadata);
  }

  @Mutation(() => InitiativeChange, { description: 'Records the payment of an approved disbursement, with its USD equivalent at the rate given.' })
  payDisbursement(@Args('input') { initiativeId, disbursementId, paymentReference, valueDate, exchangeRate }: PayDisbursementInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute({ type: 'PayDisbursement', data: { initiativeId, disbursementId, paymentReference, valueDate, exchangeRate: rateOf(exchangeRate) } }, metadata);
  }

  @Mutation(() => InitiativeChange, { description: 'Records unspent funds a party returned, at most what was disbursed to it; also after close-out.' })
  recordRefund(@Args('input') { initiativeId, refundId, partyId, amountMinor, currency, valueDate, exchangeRate }: RecordRefundInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute(
      { type: 'RecordRefund', data: { initiativeId, refundId, partyId, amount: { amountMinor, currency }, valueDate, exchangeRate: rateOf(exchangeRate) } },
      metadata,
    );
  }

  @Mutation(() => InitiativeChange, { description: 'Submits a progress or final report, or resubmits a returned one under its id; by UNDP or an officer of the initiative’s municipality.' })
  submitReport(@Args('input') { reportId, kind, beneficiaries, spending, ...input }: SubmitReportInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute(
      {
        type: 'SubmitReport',
        data: {
          initiativeId: input.initiativeId,
          reportId: reportId ?? uuidv7(),
          kind: reportKindOf(kind),
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          narrative: input.narrative,
          beneficiaries: beneficiaries.map(({ sex, ageGroup, count }) => ({ sex, ageGroup, count })),
          volunteerMinutes: input.volunteerMinutes,
          spending: spending.map(({ partyId, category, amountMinor, currency }) => ({ partyId, category, amount: { amountMinor, currency } })),
        },
      },
      metadata,
    );
  }

  @Mutation(() => InitiativeChange, { description: 'Accepts a submitted report (not by whoever submitted it); accepted reports meet tranche conditions.' })
  acceptReport(@Args('input') { initiativeId, reportId }: AcceptReportInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute({ type: 'AcceptReport', data: { initiativeId, reportId } }, metadata);
  }

  @Mutation(() => InitiativeChange, { description: 'Returns a submitted report with what must change (not by whoever submitted it).' })
  returnReport(@Args('input') { initiativeId, reportId, reason }: ReturnReportInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute({ type: 'ReturnReport', data: { initiativeId, reportId, reason } }, metadata);
  }

  @Mutation(() => InitiativeChange, { description: 'Closes an initiative whose final report is accepted and with no disbursement pending; afterwards only refunds are recorded.' })
  closeInitiative(@Args('input') { initiativeId }: CloseInitiativeInput, @Metadata() metadata: CommandMetadata): Promise<InitiativeChange> {
    return this.execute({ type: 'CloseInitiative', data: { initiativeId } }, metadata);
  }
}
