import { authorize, identity, ROLES, type Role } from '@makers/kernel';
import { municipalityPolicy } from '../municipality/municipality.policy';
import { programmePolicy } from './programme.policy';
import { programmeDecider } from './programme.decider';
import { municipalityDecider } from '../municipality/municipality.decider';

const may = (role: Role, check: (who: ReturnType<typeof identity>) => void) => {
  try {
    check(identity(`user:${role}`, [role]));
    return true;
  } catch {
    return false;
  }
};

describe('who may shape the programme', () => {
  const register = { type: 'RegisterMunicipality', data: { municipalityId: 'pale', name: 'Pale', entity: 'RS' } } as const;
  const removal = { type: 'RemovePartnerMunicipality', data: { programmeId: 'makers', municipalityId: 'pale', reason: 'r' } } as const;

  it('lets only programme managers and administrators register municipalities and change partnerships', () => {
    const allowed = ROLES.filter((role) =>
      may(role, (who) => {
        authorize(municipalityPolicy, register, municipalityDecider.initialState, who);
        authorize(programmePolicy, removal, programmeDecider.initialState, who);
      }),
    );
    expect(allowed).toEqual(['programme-manager', 'administrator']);
  });

  it('refuses a municipal officer even for their own municipality', () => {
    const officer = identity('user:officer', ['municipal-officer'], { municipalityIds: ['pale'] });
    expect(() => authorize(programmePolicy, removal, programmeDecider.initialState, officer)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
