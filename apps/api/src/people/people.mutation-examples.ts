import { setUp, type MutationExample } from '../testing/mutation-examples';

/** Valid calls of the people context's mutations, for the matrices and the bad-input properties. */
export const registerPersonInput = (id: string) => ({ id, name: 'Ivana Kovač', sex: 'FEMALE', contact: 'ivana.kovac@example.ba', yearOfBirth: 2001 });

export const REGISTER_PERSON = 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
export const UPDATE_PERSONAL_DATA = 'mutation ($input: UpdatePersonalDataInput!) { updatePersonalData(input: $input) { id } }';
export const FORGET_PERSON = 'mutation ($input: ForgetPersonInput!) { forgetPerson(input: $input) { id } }';

export const peopleMutationExamples: Readonly<Record<string, MutationExample>> = {
  registerPerson: {
    document: REGISTER_PERSON,
    prepare: async (_, unique) => ({ input: registerPersonInput(`person-${unique}`) }),
  },
  updatePersonalData: {
    document: UPDATE_PERSONAL_DATA,
    prepare: async (api, unique) => {
      await setUp(api, REGISTER_PERSON, registerPersonInput(`person-${unique}`));
      return { input: { personId: `person-${unique}`, name: 'Ivana Kovač', contact: '+387 61 234 567', yearOfBirth: 2001 } };
    },
  },
  forgetPerson: {
    document: FORGET_PERSON,
    prepare: async (api, unique) => {
      await setUp(api, REGISTER_PERSON, registerPersonInput(`person-${unique}`));
      return { input: { personId: `person-${unique}`, reason: 'Asked to be forgotten, by e-mail' } };
    },
  },
};
