import type { Money } from '@makers/kernel';
import type { Entity } from '../municipality/municipality.events';

/** A result the programme commits to, e.g. at least 8 local initiatives co-financed with the municipalities. */
export type ProgrammeTarget = {
  /** Stable key for reports and indicators ('co-financed-initiatives'); unique within a programme. */
  code: string;
  description: string;
  /** The least the programme must achieve, a positive whole number. */
  minimum: number;
};

export type ProgrammeRegistered = {
  type: 'ProgrammeRegistered';
  data: {
    programmeId: string;
    name: string;
    donor: string;
    sector: string | null;
    /** The whole budget in integer minor units: USD 425,000 is { amountMinor: 42_500_000, currency: 'USD' }. */
    budgetEnvelope: Money;
    /** ISO dates (YYYY-MM-DD), startsOn before endsOn. */
    startsOn: string;
    endsOn: string;
    targets: ProgrammeTarget[];
  };
};

export type MunicipalityAddedAsPartner = {
  type: 'MunicipalityAddedAsPartner';
  /** Name and entity as registered when it joined, so the audit trail reads on its own. */
  data: { programmeId: string; municipalityId: string; municipalityName: string; entity: Entity };
};

export type MunicipalityRemovedAsPartner = {
  type: 'MunicipalityRemovedAsPartner';
  data: { programmeId: string; municipalityId: string; reason: string };
};

export type ProgrammeEvent = ProgrammeRegistered | MunicipalityAddedAsPartner | MunicipalityRemovedAsPartner;

export const PROGRAMME_EVENT_TYPES: readonly ProgrammeEvent['type'][] = [
  'ProgrammeRegistered',
  'MunicipalityAddedAsPartner',
  'MunicipalityRemovedAsPartner',
];
