import { anyOf, type Policy } from '@makers/kernel';
import type { MunicipalityCommand } from './municipality.commands';
import type { Municipality } from './municipality.decider';

/** The register of municipalities is kept by the programme, not by the municipalities themselves. */
export const municipalityPolicy: Policy<MunicipalityCommand, Municipality> = {
  RegisterMunicipality: anyOf('programme-manager', 'administrator'),
};
