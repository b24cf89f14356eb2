import { given } from '@makers/kernel/testing';
import type { StartInitiativeFromPriority } from './initiative.commands';
import { startedFromPriority } from './initiative.fixtures';
import type { StartInitiativeFromAward } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import type { InitiativeStarted } from './initiative.events';
import { initiativeIdForAward, initiativeStreamName } from './initiative.stream-name';

const INITIATIVE_ID = initiativeIdForAward('makers-call-2021', 'doboj-istok-youth-centre');

const start = (data: Partial<Record<keyof StartInitiativeFromAward['data'], unknown>> = {}): StartInitiativeFromAward =>
  ({
    type: 'StartInitiativeFromAward',
    data: {
      initiativeId: INITIATIVE_ID,
      programmeId: 'makers-bih',
      callId: 'makers-call-2021',
      proposalId: 'doboj-istok-youth-centre',
      municipalityId: 'doboj-istok',
      title: 'Omladinski centar Doboj Istok',
      amount: { amountMinor: 1_500_000, currency: 'USD' },
      ...data,
    },
  }) as StartInitiativeFromAward;

const started: InitiativeStarted = {
  type: 'InitiativeStarted',
  data: {
    initiativeId: INITIATIVE_ID,
    programmeId: 'makers-bih',
    origin: { kind: 'award', callId: 'makers-call-2021', proposalId: 'doboj-istok-youth-centre' },
    municipalityId: 'doboj-istok',
    title: 'Omladinski centar Doboj Istok',
    amount: { amountMinor: 1_500_000, currency: 'USD' },
  },
};

describe('starting an initiative from an award', () => {
  it('starts the initiative of a funded proposal, naming the call and proposal it comes from and the programme it belongs to', () =>
    given(initiativeDecider).when(start()).then([started]));

  it('refuses an award’s initiative outside a programme, since its UNDP share is reserved on the programme’s envelope', () =>
    given(initiativeDecider).when(start({ programmeId: undefined })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'IdentifierInvalid', field: 'programmeId' }));

  it('refuses to start the same initiative twice, so a replayed award starts nothing', () =>
    given(initiativeDecider, [started]).when(start()).thenThrows({ code: 'CONFLICT', rule: 'InitiativeAlreadyStarted' }));

  it('keeps the title’s diacritics as written', () =>
    given(initiativeDecider)
      .when(start({ title: '  Sigurne staze do škole u Lukavici ' }))
      .then([{ ...started, data: { ...started.data, title: 'Sigurne staze do škole u Lukavici' } }]));

  it('refuses an award of nothing', () =>
    given(initiativeDecider).when(start({ amount: { amountMinor: 0, currency: 'USD' } })).thenThrows({ code: 'BAD_USER_INPUT', field: 'amount.amountMinor' }));

  it('refuses an initiative without a municipality', () =>
    given(initiativeDecider).when(start({ municipalityId: '' })).thenThrows({ rule: 'IdentifierInvalid', field: 'municipalityId' }));

  it('derives the same id from the same award, so the process manager always names the same stream', () => {
    expect(INITIATIVE_ID).toBe('award-makers-call-2021-doboj-istok-youth-centre');
    expect(initiativeStreamName(INITIATIVE_ID)).toBe('cofinancing-initiative-award-makers-call-2021-doboj-istok-youth-centre');
  });
});

describe('starting an initiative from a platform priority', () => {
  const fromPriority = (data: Partial<StartInitiativeFromPriority['data']> = {}): StartInitiativeFromPriority => ({
    type: 'StartInitiativeFromPriority',
    data: {
      initiativeId: startedFromPriority.data.initiativeId,
      programmeId: 'makers-bih',
      municipalityId: 'gradacac',
      platformId: 'gradacac-youth',
      priorityId: 'skatepark',
      title: 'Skejt park Gradačac',
      priorityStanding: true,
      platformMunicipalityIds: ['gradacac'],
      // Srebrenik is a partner its platform does not cover; Tuzla is neither.
      programmePartnerIds: ['gradacac', 'srebrenik', 'novo-sarajevo', 'istocno-novo-sarajevo'],
      ...data,
    },
  });

  it('starts the initiative, naming the platform and priority it comes from', () =>
    given(initiativeDecider).when(fromPriority()).then([startedFromPriority]));

  it('refuses a priority the platform never identified', () =>
    given(initiativeDecider).when(fromPriority({ priorityStanding: null })).thenThrows({ code: 'NOT_FOUND', rule: 'PriorityNotFound' }));

  it('refuses a priority whose decision was superseded or rescinded', () =>
    given(initiativeDecider).when(fromPriority({ priorityStanding: false })).thenThrows({ code: 'CONFLICT', rule: 'PriorityNotStanding' }));

  it('refuses an initiative in a municipality the priority\'s platform does not cover', () =>
    given(initiativeDecider)
      .when(fromPriority({ municipalityId: 'srebrenik' }))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'MunicipalityNotCoveredByPlatform', field: 'municipalityId' }));

  it.each(['novo-sarajevo', 'istocno-novo-sarajevo'])('starts an inter-entity platform\'s priority in either municipality it covers: %s', (municipalityId) => {
    const bridge = { platformId: 'novo-sarajevo-istocno-novo-sarajevo', priorityId: 'rasvjeta-most' };
    given(initiativeDecider)
      .when(fromPriority({ ...bridge, municipalityId, platformMunicipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'] }))
      .then([{ type: 'InitiativeStarted', data: { ...startedFromPriority.data, origin: { kind: 'priority', ...bridge }, municipalityId } }]);
  });

  it('refuses an initiative of a platform that covers no municipality, as one never formed', () =>
    given(initiativeDecider).when(fromPriority({ platformMunicipalityIds: [] })).thenThrows('MunicipalityNotCoveredByPlatform'));

  it('says a priority is not found before asking where its platform works', () =>
    given(initiativeDecider).when(fromPriority({ priorityStanding: null, platformMunicipalityIds: [] })).thenThrows('PriorityNotFound'));

  it('refuses to start the same initiative twice', () =>
    given(initiativeDecider, [startedFromPriority]).when(fromPriority()).thenThrows('InitiativeAlreadyStarted'));

  it.each<[string, Partial<StartInitiativeFromPriority['data']>]>([
    ['the municipality stopped being a partner', { programmePartnerIds: [] }],
    ['the programme is gone', { programmePartnerIds: null }],
    ['the priority is gone', { priorityStanding: null }],
    ['the priority no longer stands', { priorityStanding: false }],
    ['the platform no longer covers the municipality', { platformMunicipalityIds: [] }],
  ])('says a retried start is already done though %s since', (_, changed) =>
    given(initiativeDecider, [startedFromPriority]).when(fromPriority(changed)).thenThrows({ code: 'CONFLICT', rule: 'InitiativeAlreadyStarted' }));

  it.each(['award-makers-call-2021-skatepark', 'award-'])('refuses an id kept for the initiatives awards start: %s', (initiativeId) =>
    given(initiativeDecider).when(fromPriority({ initiativeId })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'InitiativeIdReserved', field: 'initiativeId' }));

  it('takes an id that only mentions an award further in', () =>
    given(initiativeDecider)
      .when(fromPriority({ initiativeId: 'priority-award-winning-park' }))
      .then([{ type: 'InitiativeStarted', data: { ...startedFromPriority.data, initiativeId: 'priority-award-winning-park' } }]));

  it('refuses an initiative in a programme never registered', () =>
    given(initiativeDecider).when(fromPriority({ programmeId: 'no-such-programme', programmePartnerIds: null })).thenThrows({ code: 'NOT_FOUND', rule: 'ProgrammeNotFound' }));

  it('refuses an initiative in a municipality that is not a partner of the programme, though the platform covers it', () =>
    given(initiativeDecider)
      .when(fromPriority({ municipalityId: 'tuzla', platformMunicipalityIds: ['gradacac', 'tuzla'] }))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'MunicipalityNotPartner', field: 'municipalityId' }));

  it('says a programme is not found before looking at the priority', () =>
    given(initiativeDecider).when(fromPriority({ programmePartnerIds: null, priorityStanding: null })).thenThrows('ProgrammeNotFound'));

  it('refuses an initiative outside a programme', () =>
    given(initiativeDecider).when(fromPriority({ programmeId: ' ' })).thenThrows({ rule: 'IdentifierInvalid', field: 'programmeId' }));
});
