import { fold } from '@makers/kernel';
import { given } from '@makers/kernel/testing';
import type { ForgetPerson, RegisterPerson, UpdatePersonalData } from './person.commands';
import { knownPerson, personDecider } from './person.decider';
import type { PersonForgotten, PersonRegistered, SealedPersonalData } from './person.events';
import { personStreamName } from './person.stream-name';
import { checkPersonalData, MAX_CONTACT_LENGTH } from './personal-data';

// Stand-ins for what the vault seals: the decider checks their shape, never their content.
const sealedIvana: SealedPersonalData = { v: 1, alg: 'A256GCM', iv: 'AAECAwQFBgcICQoL', ciphertext: 'c2VhbGVkIGJ5IHRoZSB2YXVsdA==', tag: 'AAECAwQFBgcICQoLDA0ODw==' };
const resealedIvana: SealedPersonalData = { ...sealedIvana, iv: 'CwoJCAcGBQQDAgEA', ciphertext: 'cmVzZWFsZWQgYnkgdGhlIHZhdWx0' };

const registerIvana: RegisterPerson = {
  type: 'RegisterPerson',
  data: { personId: 'ivana-kovac', sex: 'female', personal: { name: 'Ivana Kovač', contact: 'ivana.kovac@example.ba', yearOfBirth: 2001 }, sealed: sealedIvana },
};
const ivanaRegistered: PersonRegistered = { type: 'PersonRegistered', data: { personId: 'ivana-kovac', sex: 'female', sealed: sealedIvana } };
const updateIvana: UpdatePersonalData = {
  type: 'UpdatePersonalData',
  data: { personId: 'ivana-kovac', personal: { name: 'Ivana Kovač', contact: '+387 61 234 567', yearOfBirth: 2001 }, sealed: resealedIvana },
};
const forgetIvana: ForgetPerson = { type: 'ForgetPerson', data: { personId: 'ivana-kovac', reason: 'Asked to be forgotten, by e-mail to Ivana Kovač' } };
const ivanaForgotten: PersonForgotten = { type: 'PersonForgotten', data: { personId: 'ivana-kovac' } };

const registerWith = (personal: Record<string, unknown>, data: Record<string, unknown> = {}): RegisterPerson =>
  ({ type: 'RegisterPerson', data: { ...registerIvana.data, personal: { ...registerIvana.data.personal, ...personal }, ...data } }) as RegisterPerson;

describe('registering a person', () => {
  it('records their sex in clear and their personal data only as sealed', () => given(personDecider).when(registerIvana).then([ivanaRegistered]));

  it('keeps neither the name, the contact nor the year of birth in clear in the event', () => {
    const payload = JSON.stringify(personDecider.decide(registerIvana, personDecider.initialState, { now: new Date('2021-06-01T09:00:00Z'), actor: 'pm' }));
    for (const clear of ['Ivana', 'Kovač', 'Kovac', 'ivana.kovac@example.ba', '2001', 'yearOfBirth', '"name"']) expect(payload).not.toContain(clear);
  });

  it('takes a name alone: contact and year of birth are optional', () =>
    given(personDecider).when(registerWith({ contact: undefined, yearOfBirth: null })).then([ivanaRegistered]));

  it('takes a name in Cyrillic script', () => given(personDecider).when(registerWith({ name: 'Никола Савић' })).then([ivanaRegistered]));

  it('needs a name', () => given(personDecider).when(registerWith({ name: '  ' })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'Required', field: 'personal.name' }));

  it('needs the personal data at all', () =>
    given(personDecider).when(registerWith({}, { personal: undefined })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'PersonalDataMissing', field: 'personal' }));

  it('refuses control characters in a name', () =>
    given(personDecider).when(registerWith({ name: 'Ivana\u0000Kovač' })).thenThrows({ rule: 'ControlCharacters', field: 'personal.name' }));

  it('refuses a line break in a name', () => given(personDecider).when(registerWith({ name: 'Ivana\nKovač' })).thenThrows({ rule: 'ControlCharacters', field: 'personal.name' }));

  it('refuses a name of more than 200 characters', () =>
    given(personDecider).when(registerWith({ name: 'Ć'.repeat(201) })).thenThrows({ rule: 'TooLong', field: 'personal.name' }));

  it('refuses a contact longer than a line', () =>
    given(personDecider).when(registerWith({ contact: 'a'.repeat(MAX_CONTACT_LENGTH + 1) })).thenThrows({ rule: 'TooLong', field: 'personal.contact' }));

  it('refuses control characters in a contact', () =>
    given(personDecider).when(registerWith({ contact: 'ivana@example.ba\u0007' })).thenThrows({ rule: 'ControlCharacters', field: 'personal.contact' }));

  it('refuses a contact given but blank, rather than dropping it', () =>
    given(personDecider).when(registerWith({ contact: ' ' })).thenThrows({ rule: 'Required', field: 'personal.contact' }));

  it('refuses a year of birth that is not a whole number', () =>
    given(personDecider).when(registerWith({ yearOfBirth: 2001.5 })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'YearOfBirthOutOfRange', field: 'personal.yearOfBirth' }));

  it('refuses a year of birth given as text', () =>
    given(personDecider).when(registerWith({ yearOfBirth: '2001' })).thenThrows({ rule: 'YearOfBirthOutOfRange', field: 'personal.yearOfBirth' }));

  it('refuses a year of birth before 1900', () =>
    given(personDecider).when(registerWith({ yearOfBirth: 1899 })).thenThrows({ rule: 'YearOfBirthOutOfRange', field: 'personal.yearOfBirth' }));

  it('refuses a year of birth after the year of the command', () =>
    given(personDecider).when(registerWith({ yearOfBirth: 2022 })).thenThrows({ rule: 'YearOfBirthOutOfRange', field: 'personal.yearOfBirth' }));

  it('takes a year of birth of 1900', () => given(personDecider).when(registerWith({ yearOfBirth: 1900 })).then([ivanaRegistered]));

  it('takes a year of birth of the command’s own year', () => given(personDecider).when(registerWith({ yearOfBirth: 2021 })).then([ivanaRegistered]));

  it('reads "this year" from the command’s time, not the clock', () =>
    given(personDecider).when(registerWith({ yearOfBirth: 2021 }), { now: new Date('2020-12-31T23:00:00Z') }).thenThrows('YearOfBirthOutOfRange'));

  it('takes a sex of female, male, other or undisclosed', () => {
    for (const sex of ['female', 'male', 'other', 'undisclosed'] as const) {
      given(personDecider).when(registerWith({}, { sex })).then([{ type: 'PersonRegistered', data: { ...ivanaRegistered.data, sex } }]);
    }
  });

  it('refuses any other sex', () => given(personDecider).when(registerWith({}, { sex: 'unknown' })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'SexUnknown', field: 'sex' }));

  it('refuses personal data the handler did not seal', () =>
    given(personDecider).when(registerWith({}, { sealed: registerIvana.data.personal })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'SealedPersonalDataInvalid', field: 'sealed' }));

  it('refuses a sealed form of another format', () =>
    given(personDecider).when(registerWith({}, { sealed: { ...sealedIvana, v: 2 } })).thenThrows({ rule: 'SealedPersonalDataInvalid', field: 'sealed' }));

  it('needs an id that can name a stream', () =>
    given(personDecider).when(registerWith({}, { personId: 'ivana kovač' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'personId' }));

  it('cannot register the same person twice', () =>
    given(personDecider, [ivanaRegistered]).when(registerIvana).thenThrows({ code: 'CONFLICT', rule: 'PersonAlreadyRegistered' }));

  it('cannot register a forgotten person’s id again', () =>
    given(personDecider, [ivanaRegistered, ivanaForgotten]).when(registerIvana).thenThrows({ code: 'CONFLICT', rule: 'PersonForgotten' }));
});

describe('updating personal data', () => {
  it('records only the newly sealed form', () =>
    given(personDecider, [ivanaRegistered]).when(updateIvana).then([{ type: 'PersonalDataUpdated', data: { personId: 'ivana-kovac', sealed: resealedIvana } }]));

  it('keeps the new contact out of the event in clear', () => {
    const state = fold(personDecider, [ivanaRegistered]);
    const payload = JSON.stringify(personDecider.decide(updateIvana, state, { now: new Date('2021-06-01T09:00:00Z'), actor: 'pm' }));
    for (const clear of ['Ivana', '+387', '2001']) expect(payload).not.toContain(clear);
  });

  it('checks the plain data as registration does', () =>
    given(personDecider, [ivanaRegistered])
      .when({ ...updateIvana, data: { ...updateIvana.data, personal: { name: 'Ivana Kovač', yearOfBirth: 1850 } } })
      .thenThrows({ rule: 'YearOfBirthOutOfRange', field: 'personal.yearOfBirth' }));

  it('needs a registered person', () => given(personDecider).when(updateIvana).thenThrows({ code: 'NOT_FOUND', rule: 'PersonNotRegistered' }));

  it('cannot update a forgotten person', () =>
    given(personDecider, [ivanaRegistered, ivanaForgotten]).when(updateIvana).thenThrows({ code: 'CONFLICT', rule: 'PersonForgotten' }));
});

describe('forgetting a person', () => {
  it('records only who was forgotten', () => given(personDecider, [ivanaRegistered]).when(forgetIvana).then([ivanaForgotten]));

  it('does not keep the reason, which may name the person', () => {
    const state = fold(personDecider, [ivanaRegistered]);
    const payload = JSON.stringify(personDecider.decide(forgetIvana, state, { now: new Date('2021-06-01T09:00:00Z'), actor: 'pm' }));
    expect(payload).not.toContain('Kovač');
    expect(payload).not.toContain('reason');
  });

  it('needs a reason', () =>
    given(personDecider, [ivanaRegistered]).when({ ...forgetIvana, data: { ...forgetIvana.data, reason: ' ' } }).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' }));

  it('needs a registered person', () => given(personDecider).when(forgetIvana).thenThrows({ code: 'NOT_FOUND', rule: 'PersonNotRegistered' }));

  it('cannot forget someone twice', () =>
    given(personDecider, [ivanaRegistered, ivanaForgotten]).when(forgetIvana).thenThrows({ code: 'CONFLICT', rule: 'PersonAlreadyForgotten' }));

  it('leaves the person’s id and sex, for the figures, and drops even the sealed data from state', () =>
    expect(fold(personDecider, [ivanaRegistered, { type: 'PersonalDataUpdated', data: { personId: 'ivana-kovac', sealed: resealedIvana } }, ivanaForgotten])).toEqual({
      status: 'forgotten',
      personId: 'ivana-kovac',
      sex: 'female',
    }));
});

describe('a person as other contexts see it', () => {
  it('lives in its own stream in the people context', () => expect(personStreamName('ivana-kovac')).toBe('people-person-ivana-kovac'));

  it('is known by id and sex once registered', () =>
    expect(knownPerson(fold(personDecider, [ivanaRegistered]))).toEqual({ personId: 'ivana-kovac', sex: 'female', forgotten: false }));

  it('is still known by id and sex once forgotten, marked as such', () =>
    expect(knownPerson(fold(personDecider, [ivanaRegistered, ivanaForgotten]))).toEqual({ personId: 'ivana-kovac', sex: 'female', forgotten: true }));

  it('is unknown before being registered', () => expect(knownPerson(personDecider.initialState)).toBeNull());
});

describe('the personal data a handler seals', () => {
  it('is trimmed and composed, never transliterated, with absent fields as null', () =>
    expect(checkPersonalData({ name: '  Nikola Savic\u0301 ', yearOfBirth: undefined }, new Date('2021-06-01T09:00:00Z'))).toEqual({
      name: 'Nikola Savić',
      contact: null,
      yearOfBirth: null,
    }));
});
