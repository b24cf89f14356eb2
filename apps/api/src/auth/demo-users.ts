import { identity, type Identity } from '@makers/kernel';

/**
 * People the CLI mints tokens for on the embedded default, one per role, so the API can be tried as each of them.
 * Names are made up; the scopes point at the MAKERS demo municipalities.
 */
export const demoUsers: Readonly<Record<string, Identity>> = {
  'programme-manager': identity('amra.hadzic@undp.example', ['programme-manager']),
  'municipal-officer': identity('dragan.petrovic@novosarajevo.example', ['municipal-officer'], { municipalityIds: ['novo-sarajevo'] }),
  'platform-moderator': identity('ivana.kovac@platforma.example', ['platform-moderator'], { platformIds: ['novo-sarajevo-istocno-novo-sarajevo'] }),
  'platform-member': identity('nikola.savic@platforma.example', ['platform-member'], { platformIds: ['novo-sarajevo-istocno-novo-sarajevo'] }),
  applicant: identity('lejla.begic@udruzenje.example', ['applicant']),
  evaluator: identity('marko.jovanovic@evaluator.example', ['evaluator']),
  'donor-auditor': identity('sanja.dukic@donor.example', ['donor-auditor']),
  administrator: identity('admin@makers.example', ['administrator']),
};
