import { identityFromClaims } from './token-claims';
import { InvalidToken } from './invalid-token';

describe('the identity a verified token proves', () => {
  it('takes its subject from sub and its roles from roles', () => {
    expect(identityFromClaims({ sub: 'amra.hadzic@undp.example', roles: ['programme-manager', 'donor-auditor'] })).toEqual({
      subject: 'amra.hadzic@undp.example',
      roles: ['programme-manager', 'donor-auditor'],
      municipalityIds: [],
      platformIds: [],
    });
  });

  it('ignores role names it does not know instead of trusting them (case included)', () => {
    expect(identityFromClaims({ sub: 'x', roles: ['superuser', 'Administrator', 'offline_access', 'evaluator'] }).roles).toEqual(['evaluator']);
  });

  it('maps municipalities and platforms onto the scope a municipal officer or a moderator acts in', () => {
    const officer = identityFromClaims({ sub: 'dragan', roles: ['municipal-officer', 'platform-moderator'], municipalities: ['novo-sarajevo', 'doboj'], platforms: ['doboj-youth'] });
    expect([officer.municipalityIds, officer.platformIds]).toEqual([['novo-sarajevo', 'doboj'], ['doboj-youth']]);
  });

  it('reads only arrays of strings: a scope given as one string, or items that are not strings, grant nothing', () => {
    const who = identityFromClaims({ sub: 'x', roles: 'administrator', municipalities: 'novo-sarajevo', platforms: [42, null, { id: 'p' }, 'p1', 'p1'] });
    expect([who.roles, who.municipalityIds, who.platformIds]).toEqual([[], [], ['p1']]);
  });

  it('gives a token without any claim of ours an identity with no role and no scope', () => {
    expect(identityFromClaims({ sub: 'someone' })).toEqual({ subject: 'someone', roles: [], municipalityIds: [], platformIds: [] });
  });

  it.each([
    ['no subject', undefined],
    ['an empty subject', ''],
    ['a subject that is not a string', 42],
    ['a subject with a line break', 'amra\nadmin'],
    ['a subject longer than 256 characters', 'a'.repeat(257)],
  ])('refuses %s: the subject is the actor on events forever', (_, sub) => {
    expect(() => identityFromClaims({ sub })).toThrow(InvalidToken);
  });

  it('keeps a subject in any script', () => {
    expect(identityFromClaims({ sub: 'Драган Петровић' }).subject).toBe('Драган Петровић');
  });
});
