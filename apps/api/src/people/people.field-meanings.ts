import { MAX_CONTACT_LENGTH } from '@makers/people';
import { freeText, name, type FieldMeaning } from '../testing/bad-input/field-meaning';

/** What the people context's input fields mean, where their types and names do not tell (see bad-input/field-meanings.ts). */
export const peopleFieldMeanings: Readonly<Record<string, FieldMeaning>> = {
  'RegisterPersonInput.name': name(),
  'RegisterPersonInput.contact': name(MAX_CONTACT_LENGTH),
  'UpdatePersonalDataInput.name': name(),
  'UpdatePersonalDataInput.contact': name(MAX_CONTACT_LENGTH),
  'ForgetPersonInput.reason': freeText(2000),
};
