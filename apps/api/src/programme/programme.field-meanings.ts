import { freeText, name, type FieldMeaning } from '../testing/bad-input/field-meaning';

/** What the programme context's input fields mean, where their types and names do not tell (see bad-input/field-meanings.ts). */
export const programmeFieldMeanings: Readonly<Record<string, FieldMeaning>> = {
  'RegisterProgrammeInput.name': name(),
  'RegisterProgrammeInput.donor': name(),
  'RegisterProgrammeInput.sector': name(),
  'RegisterProgrammeInput.targets': { kind: 'list', maxItems: 50 },
  'ProgrammeTargetInput.code': { kind: 'identifier' },
  'ProgrammeTargetInput.description': freeText(500),
  'ProgrammeTargetInput.minimum': { kind: 'positiveCount', max: 1_000_000 },
  'RegisterMunicipalityInput.name': name(120),
  'RegisterMunicipalityInput.nameCyrillic': name(120),
  'RemovePartnerMunicipalityInput.reason': freeText(),
};

