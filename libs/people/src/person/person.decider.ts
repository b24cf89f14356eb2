import { assertNever, conflict, identifier, invalidInput, notFound, requiredFreeText, type CommandContext, type Decider } from '@makers/kernel';
import type { ForgetPerson, PersonCommand, RegisterPerson, UpdatePersonalData } from './person.commands';
import { isSex, SEXES, type PersonEvent, type SealedPersonalData, type Sex } from './person.events';
import { checkPersonalData, checkSealed } from './personal-data';

/** A forgotten person keeps their id and sex (figures need them) and nothing else, not even the sealed blob. */
export type Person =
  | { status: 'unregistered' }
  | { status: 'registered'; personId: string; sex: Sex; sealed: SealedPersonalData }
  | { status: 'forgotten'; personId: string; sex: Sex };

/** What another context's handler passes in about a person (`AdmitMember`, `HoldMeeting`); null when not registered. */
export type KnownPerson = { personId: string; sex: Sex; forgotten: boolean };

export const initialState: Person = { status: 'unregistered' };

export const evolve = (state: Person, event: PersonEvent): Person => {
  switch (event.type) {
    case 'PersonRegistered':
      return { status: 'registered', ...event.data };
    case 'PersonalDataUpdated':
      return state.status === 'registered' ? { ...state, sealed: event.data.sealed } : state;
    case 'PersonForgotten':
      return state.status === 'registered' ? { status: 'forgotten', personId: state.personId, sex: state.sex } : state;
    default:
      return assertNever(event);
  }
};

export const decide = (command: PersonCommand, state: Person, context: CommandContext): PersonEvent[] => {
  switch (command.type) {
    case 'RegisterPerson':
      return register(command.data, state, context);
    case 'UpdatePersonalData':
      return update(command.data, state, context);
    case 'ForgetPerson':
      return forget(command.data, state);
    default:
      return assertNever(command);
  }
};

// Each checks the plain personal data and keeps only the sealed form: the clear text never reaches an event.

const register = (data: RegisterPerson['data'], state: Person, { now }: CommandContext): PersonEvent[] => {
  const personId = identifier(data.personId, 'personId');
  if (!isSex(data.sex)) throw invalidInput('SexUnknown', `sex must be one of ${SEXES.join(', ')}`, 'sex');
  checkPersonalData(data.personal, now);
  const sealed = checkSealed(data.sealed);
  if (state.status === 'registered') throw conflict('PersonAlreadyRegistered', `Person ${personId} is already registered`);
  if (state.status === 'forgotten') throw conflict('PersonForgotten', `Person ${personId} was forgotten; the id cannot be used again`);
  return [{ type: 'PersonRegistered', data: { personId, sex: data.sex, sealed } }];
};

const update = (data: UpdatePersonalData['data'], state: Person, { now }: CommandContext): PersonEvent[] => {
  const personId = identifier(data.personId, 'personId');
  checkPersonalData(data.personal, now);
  const sealed = checkSealed(data.sealed);
  if (state.status === 'unregistered') throw notFound('PersonNotRegistered', `Person ${personId} is not registered`);
  if (state.status === 'forgotten') throw conflict('PersonForgotten', `Person ${personId} was forgotten; no personal data can be kept for them again`);
  return [{ type: 'PersonalDataUpdated', data: { personId, sealed } }];
};

const forget = (data: ForgetPerson['data'], state: Person): PersonEvent[] => {
  const personId = identifier(data.personId, 'personId');
  requiredFreeText(data.reason, 'reason');
  if (state.status === 'unregistered') throw notFound('PersonNotRegistered', `Person ${personId} is not registered`);
  if (state.status === 'forgotten') throw conflict('PersonAlreadyForgotten', `Person ${personId} is already forgotten`);
  return [{ type: 'PersonForgotten', data: { personId } }];
};

/** What a handler of another context passes in after folding the person's stream. */
export const knownPerson = (state: Person): KnownPerson | null =>
  state.status === 'unregistered' ? null : { personId: state.personId, sex: state.sex, forgotten: state.status === 'forgotten' };

export const personDecider: Decider<PersonCommand, PersonEvent, Person> = { initialState, evolve, decide };
