import { name, type FieldMeaning } from '../testing/bad-input/field-meaning';
import { MAX_PLATFORM_MUNICIPALITIES, MAX_QUORUM_MEMBERS, MAX_REFERENCE_LENGTH, MAX_URL_LENGTH } from './platforms.inputs';

/** What the platform inputs' fields mean, where their types and names do not tell (see bad-input/field-meanings.ts). */
export const platformsFieldMeanings: Readonly<Record<string, FieldMeaning>> = {
  'FormPlatformInput.name': name(),
  'FormPlatformInput.municipalityIds': { kind: 'list', maxItems: MAX_PLATFORM_MUNICIPALITIES },
  'QuorumRuleInput.members': { kind: 'positiveCount', max: MAX_QUORUM_MEMBERS },
  'QuorumRuleInput.percent': { kind: 'positiveCount', max: 100 },
  'RecordInstitutionalisationMilestoneInput.referenceNumber': name(MAX_REFERENCE_LENGTH),
  'RecordInstitutionalisationMilestoneInput.documentUrl': name(MAX_URL_LENGTH),
  'PublicFundingCallInput.reference': name(MAX_REFERENCE_LENGTH),
};
