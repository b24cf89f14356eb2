import { authorize, identity, ROLES, type Role } from '@makers/kernel';
import type { PersonCommand } from './person.commands';
import { personDecider } from './person.decider';
import { personPolicy } from './person.policy';

const sealed = { v: 1, alg: 'A256GCM', iv: 'AAECAwQFBgcICQoL', ciphertext: 'c2VhbGVk', tag: 'AAECAwQFBgcICQoLDA0ODw==' } as const;
const register: PersonCommand = { type: 'RegisterPerson', data: { personId: 'ivana-kovac', sex: 'female', personal: { name: 'Ivana Kovač' }, sealed } };
const update: PersonCommand = { type: 'UpdatePersonalData', data: { personId: 'ivana-kovac', personal: { name: 'Ivana Kovač' }, sealed } };
const forget: PersonCommand = { type: 'ForgetPerson', data: { personId: 'ivana-kovac', reason: 'asked to be forgotten' } };

const rolesAllowed = (command: PersonCommand): Role[] =>
  ROLES.filter((role) => {
    try {
      authorize(personPolicy, command, personDecider.initialState, identity(`user:${role}`, [role]));
      return true;
    } catch {
      return false;
    }
  });

describe('who may keep and forget a person’s data', () => {
  it('lets programme managers, administrators, municipal officers and platform moderators register a person', () =>
    expect(rolesAllowed(register)).toEqual(['programme-manager', 'municipal-officer', 'platform-moderator', 'administrator']));

  it('lets the same roles update a person’s data', () => expect(rolesAllowed(update)).toEqual(rolesAllowed(register)));

  it('lets only programme managers and administrators forget a person', () => expect(rolesAllowed(forget)).toEqual(['programme-manager', 'administrator']));

  it('refuses a moderator who would forget someone, as FORBIDDEN', () =>
    expect(() => authorize(personPolicy, forget, personDecider.initialState, identity('moderator', ['platform-moderator'], { platformIds: ['pale-youth'] }))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', rule: 'NotPermitted' }),
    ));
});
