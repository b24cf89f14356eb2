import type { Money } from '@makers/kernel';
import type { KnownMunicipality } from '../municipality/municipality.decider';
import type { ProgrammeTarget } from './programme.events';

export type RegisterProgramme = {
  type: 'RegisterProgramme';
  data: {
    programmeId: string;
    name: string;
    donor: string;
    sector?: string | null;
    budgetEnvelope: Money;
    startsOn: string;
    endsOn: string;
    targets: ProgrammeTarget[];
  };
};

export type AddPartnerMunicipality = {
  type: 'AddPartnerMunicipality';
  data: {
    programmeId: string;
    municipalityId: string;
    /**
     * What the handler found in the municipality's stream (`knownMunicipality(fold(...))`), null when it is not
     * registered. The handler only looks; the decider decides.
     */
    municipality: KnownMunicipality | null;
  };
};

export type RemovePartnerMunicipality = {
  type: 'RemovePartnerMunicipality';
  data: { programmeId: string; municipalityId: string; reason: string };
};

export type ProgrammeCommand = RegisterProgramme | AddPartnerMunicipality | RemovePartnerMunicipality;
