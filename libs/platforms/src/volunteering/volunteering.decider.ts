import {
  assertNever,
  conflict,
  DomainError,
  identifier,
  invalidInput,
  notFound,
  positiveWholeNumber,
  requiredFreeText,
  type CommandContext,
  type Decider,
  pastOrPresentDate,
} from '@makers/kernel';
import type { LogVolunteerHours, RejectVolunteerHours, VerifyVolunteerHours, VolunteeringCommand } from './volunteering.commands';
import { MINUTES_IN_A_DAY, type VolunteeringEvent } from './volunteering.events';

type LoggedHours = {
  entryId: string;
  on: string;
  minutes: number;
  platformId: string | null;
  initiativeId: string | null;
  loggedBy: string;
};

/** One logged entry, awaiting a moderator's word, or verified, or rejected: decided once. */
export type VolunteerEntry =
  | (LoggedHours & { status: 'awaiting-verification' })
  | (LoggedHours & { status: 'verified'; verifiedBy: string })
  | (LoggedHours & { status: 'rejected'; rejectedBy: string; reason: string });

/** A person's volunteering: nothing yet, or the entries logged for them, by entry id. */
export type Volunteering =
  | { status: 'no-hours-logged' }
  | { status: 'volunteering'; personId: string; entries: ReadonlyMap<string, VolunteerEntry> };

export const initialState: Volunteering = { status: 'no-hours-logged' };

export const evolve = (state: Volunteering, event: VolunteeringEvent): Volunteering => {
  switch (event.type) {
    case 'VolunteerHoursLogged': {
      const { entryId, personId, on, minutes, platformId, initiativeId, loggedBy } = event.data;
      const entries = new Map(state.status === 'volunteering' ? state.entries : []);
      entries.set(entryId, { status: 'awaiting-verification', entryId, on, minutes, platformId, initiativeId, loggedBy });
      return { status: 'volunteering', personId, entries };
    }
    case 'VolunteerHoursVerified':
      return reviewed(state, event.data.entryId, (entry) => ({ ...entry, status: 'verified', verifiedBy: event.data.verifiedBy }));
    case 'VolunteerHoursRejected':
      return reviewed(state, event.data.entryId, (entry) => ({ ...entry, status: 'rejected', rejectedBy: event.data.rejectedBy, reason: event.data.reason }));
    default:
      return assertNever(event);
  }
};

const reviewed = (state: Volunteering, entryId: string, review: (entry: VolunteerEntry) => VolunteerEntry): Volunteering => {
  const entry = entryOf(state, entryId);
  if (state.status !== 'volunteering' || entry === null) return state;
  return { ...state, entries: new Map(state.entries).set(entryId, review(entry)) };
};

/** The entry with this id in a person's volunteering, or null; the policy reads its platform. */
export const entryOf = (state: Volunteering, entryId: string): VolunteerEntry | null =>
  (state.status === 'volunteering' && state.entries.get(entryId)) || null;

/** Minutes logged for the person on a day, rejected entries aside: they were found not to have happened. */
export const minutesLoggedOn = (state: Volunteering, on: string): number =>
  state.status === 'volunteering' ? [...state.entries.values()].filter((entry) => entry.on === on && entry.status !== 'rejected').reduce((sum, entry) => sum + entry.minutes, 0) : 0;

export const decide = (command: VolunteeringCommand, state: Volunteering, context: CommandContext): VolunteeringEvent[] => {
  switch (command.type) {
    case 'LogVolunteerHours':
      return log(command.data, state, context);
    case 'VerifyVolunteerHours':
      return verify(command.data, state, context);
    case 'RejectVolunteerHours':
      return reject(command.data, state, context);
    default:
      return assertNever(command);
  }
};

/** Absent is fine; present but blank or malformed is a mistake worth telling. */
const optionalIdentifier = (value: unknown, field: string): string | null => (value === undefined || value === null ? null : identifier(value, field));

const log = (data: LogVolunteerHours['data'], state: Volunteering, context: CommandContext): VolunteeringEvent[] => {
  const entryId = identifier(data.entryId, 'entryId');
  const personId = identifier(data.personId, 'personId');
  const on = pastOrPresentDate(data.on, 'on', context.now, 'VolunteerHoursInTheFuture');
  const minutes = positiveWholeNumber(data.minutes, 'minutes', 'VolunteerMinutesNotPositive');
  if (minutes > MINUTES_IN_A_DAY) throw invalidInput('VolunteerDayOver24Hours', `A day has ${MINUTES_IN_A_DAY} minutes; got ${minutes}`, 'minutes');
  const platformId = optionalIdentifier(data.platformId, 'platformId');
  const initiativeId = optionalIdentifier(data.initiativeId, 'initiativeId');
  if (platformId === null && initiativeId === null) {
    throw invalidInput('VolunteerHoursWithoutPlatformOrInitiative', 'Name the platform or the initiative the hours went to (or both)', 'platformId');
  }
  const activity = requiredFreeText(data.activity, 'activity');
  if (platformId !== null) {
    if (data.platform === null || data.platform === undefined) throw notFound('PlatformNotFound', `Platform ${platformId} was never formed`);
    if (data.platform.platformId !== platformId) {
      // The handler loaded another stream than the one named: a wiring bug, not the user's mistake.
      throw new Error(`LogVolunteerHours for platform ${platformId} was given platform ${data.platform.platformId}`);
    }
  }
  if (state.status === 'volunteering') {
    if (state.personId !== personId) throw new Error(`LogVolunteerHours for ${personId} was decided on the volunteering of ${state.personId}`);
    if (state.entries.has(entryId)) throw conflict('VolunteerEntryAlreadyLogged', `Entry ${entryId} is already logged`);
  }
  const already = minutesLoggedOn(state, on);
  if (already + minutes > MINUTES_IN_A_DAY) {
    throw conflict('VolunteerDayOver24Hours', `${personId} already has ${already} minutes on ${on}; ${minutes} more would pass 24 hours`);
  }
  return [{ type: 'VolunteerHoursLogged', data: { entryId, personId, on, minutes, platformId, initiativeId, activity, loggedBy: context.actor } }];
};

/** The entry, still awaiting a decision: unknown is NOT_FOUND, decided already is a CONFLICT. */
const awaitingVerification = (state: Volunteering, personId: string, entryId: string): VolunteerEntry => {
  const entry = entryOf(state, entryId);
  if (entry === null) throw notFound('VolunteerEntryNotFound', `No volunteer hours ${entryId} are logged for ${personId}`);
  switch (entry.status) {
    case 'awaiting-verification':
      return entry;
    case 'verified':
      throw conflict('VolunteerHoursAlreadyVerified', `Entry ${entryId} was already verified by ${entry.verifiedBy}`);
    case 'rejected':
      throw conflict('VolunteerHoursAlreadyRejected', `Entry ${entryId} was already rejected by ${entry.rejectedBy}`);
    default:
      return assertNever(entry);
  }
};

const verify = (data: VerifyVolunteerHours['data'], state: Volunteering, context: CommandContext): VolunteeringEvent[] => {
  const personId = identifier(data.personId, 'personId');
  const entryId = identifier(data.entryId, 'entryId');
  const entry = awaitingVerification(state, personId, entryId);
  if (entry.loggedBy === context.actor) {
    // Four eyes: whoever logged the hours cannot also vouch for them, whatever their role.
    throw new DomainError('FORBIDDEN', 'VerifierLoggedTheHours', `${context.actor} logged entry ${entryId} and cannot also verify it`);
  }
  return [{ type: 'VolunteerHoursVerified', data: { entryId, personId, verifiedBy: context.actor } }];
};

const reject = (data: RejectVolunteerHours['data'], state: Volunteering, context: CommandContext): VolunteeringEvent[] => {
  const personId = identifier(data.personId, 'personId');
  const entryId = identifier(data.entryId, 'entryId');
  const reason = requiredFreeText(data.reason, 'reason');
  awaitingVerification(state, personId, entryId);
  return [{ type: 'VolunteerHoursRejected', data: { entryId, personId, rejectedBy: context.actor, reason } }];
};

export const volunteeringDecider: Decider<VolunteeringCommand, VolunteeringEvent, Volunteering> = { initialState, evolve, decide };
