import { assertNever, conflict, invalidInput, notFound, type Decider, type Money } from '@makers/kernel';
import { identifier, isoDate, optionalName, positiveMoney, positiveWholeNumber, requiredFreeText, requiredName } from '@makers/kernel';
import type { AddPartnerMunicipality, ProgrammeCommand, RegisterProgramme, RemovePartnerMunicipality } from './programme.commands';
import type { ProgrammeEvent, ProgrammeTarget } from './programme.events';

export type Programme =
  | { status: 'unregistered' }
  | {
      status: 'registered';
      programmeId: string;
      name: string;
      budgetEnvelope: Money;
      startsOn: string;
      endsOn: string;
      targets: readonly ProgrammeTarget[];
      /** Ids of the current partner municipalities. Past partnerships live in the stream, not here. */
      partners: ReadonlySet<string>;
    };

export const initialState: Programme = { status: 'unregistered' };

export const evolve = (state: Programme, event: ProgrammeEvent): Programme => {
  switch (event.type) {
    case 'ProgrammeRegistered': {
      const { programmeId, name, budgetEnvelope, startsOn, endsOn, targets } = event.data;
      return { status: 'registered', programmeId, name, budgetEnvelope, startsOn, endsOn, targets, partners: new Set() };
    }
    case 'MunicipalityAddedAsPartner':
      return state.status === 'registered' ? { ...state, partners: new Set(state.partners).add(event.data.municipalityId) } : state;
    case 'MunicipalityRemovedAsPartner': {
      if (state.status !== 'registered') return state;
      const partners = new Set(state.partners);
      partners.delete(event.data.municipalityId);
      return { ...state, partners };
    }
    default:
      return assertNever(event);
  }
};

export const decide = (command: ProgrammeCommand, state: Programme): ProgrammeEvent[] => {
  switch (command.type) {
    case 'RegisterProgramme':
      return register(command.data, state);
    case 'AddPartnerMunicipality':
      return addPartner(command.data, state);
    case 'RemovePartnerMunicipality':
      return removePartner(command.data, state);
    default:
      return assertNever(command);
  }
};

const register = (data: RegisterProgramme['data'], state: Programme): ProgrammeEvent[] => {
  const programmeId = identifier(data.programmeId, 'programmeId');
  const name = requiredName(data.name, 'name');
  const donor = requiredName(data.donor, 'donor');
  const sector = optionalName(data.sector, 'sector');
  const budgetEnvelope = positiveMoney(data.budgetEnvelope, 'budgetEnvelope');
  const startsOn = isoDate(data.startsOn, 'startsOn');
  const endsOn = isoDate(data.endsOn, 'endsOn');
  if (endsOn <= startsOn) throw invalidInput('ProgrammeEndsBeforeItStarts', `endsOn (${endsOn}) must be after startsOn (${startsOn})`, 'endsOn');
  const targets = validTargets(data.targets);
  if (state.status === 'registered') throw conflict('ProgrammeAlreadyRegistered', `Programme ${programmeId} is already registered`);
  return [{ type: 'ProgrammeRegistered', data: { programmeId, name, donor, sector, budgetEnvelope, startsOn, endsOn, targets } }];
};

/** Targets may be none; each has a unique code, a description and a positive minimum. */
const validTargets = (targets: unknown): ProgrammeTarget[] => {
  if (!Array.isArray(targets)) throw invalidInput('TargetsInvalid', 'targets must be a list (possibly empty)', 'targets');
  const seen = new Set<string>();
  return targets.map((target: Partial<Record<keyof ProgrammeTarget, unknown>> | null | undefined, index) => {
    const field = `targets[${index}]`;
    const code = identifier(target?.code, `${field}.code`);
    if (seen.has(code)) throw invalidInput('TargetCodeDuplicated', `Target code ${code} is used twice`, `${field}.code`);
    seen.add(code);
    const description = requiredFreeText(target?.description, `${field}.description`);
    const minimum = positiveWholeNumber(target?.minimum, `${field}.minimum`, 'TargetMinimumNotPositive');
    return { code, description, minimum };
  });
};

const registered = (state: Programme, programmeId: string) => {
  if (state.status !== 'registered') throw notFound('ProgrammeNotFound', `Programme ${programmeId} is not registered`);
  return state;
};

const addPartner = (data: AddPartnerMunicipality['data'], state: Programme): ProgrammeEvent[] => {
  const programmeId = identifier(data.programmeId, 'programmeId');
  const municipalityId = identifier(data.municipalityId, 'municipalityId');
  const programme = registered(state, programmeId);
  const municipality = data.municipality;
  if (municipality === null || municipality === undefined) {
    throw notFound('MunicipalityNotFound', `Municipality ${municipalityId} is not registered`);
  }
  if (municipality.municipalityId !== municipalityId) {
    // The handler loaded another stream than the one asked for: a wiring bug, not the user's mistake.
    throw new Error(`AddPartnerMunicipality for ${municipalityId} was given what is known about ${municipality.municipalityId}`);
  }
  if (programme.partners.has(municipalityId)) {
    throw conflict('MunicipalityAlreadyPartner', `${municipality.name} is already a partner of programme ${programmeId}`);
  }
  return [
    {
      type: 'MunicipalityAddedAsPartner',
      data: { programmeId, municipalityId, municipalityName: municipality.name, entity: municipality.entity },
    },
  ];
};

/**
 * Removing a municipality that is not a current partner (never was, or was already removed) is a CONFLICT, not a
 * NOT_FOUND: the programme exists and the request contradicts its current state, as adding a partner twice does.
 */
const removePartner = (data: RemovePartnerMunicipality['data'], state: Programme): ProgrammeEvent[] => {
  const programmeId = identifier(data.programmeId, 'programmeId');
  const municipalityId = identifier(data.municipalityId, 'municipalityId');
  const reason = requiredFreeText(data.reason, 'reason');
  const programme = registered(state, programmeId);
  if (!programme.partners.has(municipalityId)) {
    throw conflict('MunicipalityNotPartner', `Municipality ${municipalityId} is not a partner of programme ${programmeId}`);
  }
  return [{ type: 'MunicipalityRemovedAsPartner', data: { programmeId, municipalityId, reason } }];
};

export const programmeDecider: Decider<ProgrammeCommand, ProgrammeEvent, Programme> = { initialState, evolve, decide };
