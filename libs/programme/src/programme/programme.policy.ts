import { anyOf, type Policy } from '@makers/kernel';
import type { ProgrammeCommand } from './programme.commands';
import type { Programme } from './programme.decider';

/** The programme, its envelope and its partnerships are UNDP's to set: programme managers and administrators. */
export const programmePolicy: Policy<ProgrammeCommand, Programme> = {
  RegisterProgramme: anyOf('programme-manager', 'administrator'),
  AddPartnerMunicipality: anyOf('programme-manager', 'administrator'),
  RemovePartnerMunicipality: anyOf('programme-manager', 'administrator'),
};
