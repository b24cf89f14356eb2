import { given } from '@makers/kernel/testing';
import type { KnownMunicipality } from '../municipality/municipality.decider';
import type { AddPartnerMunicipality, RegisterProgramme, RemovePartnerMunicipality } from './programme.commands';
import { programmeDecider } from './programme.decider';
import type { MunicipalityAddedAsPartner, MunicipalityRemovedAsPartner, ProgrammeRegistered } from './programme.events';
import { programmeStreamName } from './programme.stream-name';

const registerMakers: RegisterProgramme = {
  type: 'RegisterProgramme',
  data: {
    programmeId: 'makers',
    name: 'MAKERS — Meaningful Activism, Knowledgeable Engagement and Responsible Solutions',
    donor: 'UNDP',
    sector: 'Justice and security',
    budgetEnvelope: { amountMinor: 42_500_000, currency: 'USD' },
    startsOn: '2020-03-01',
    endsOn: '2023-03-31',
    targets: [
      { code: 'co-financed-initiatives', description: 'At least 8 local initiatives co-financed with the municipalities', minimum: 8 },
      { code: 'partner-municipalities', description: '14 partner municipalities and cities', minimum: 14 },
    ],
  },
};
const makersRegistered: ProgrammeRegistered = {
  type: 'ProgrammeRegistered',
  data: { ...registerMakers.data, sector: 'Justice and security' },
} as ProgrammeRegistered;

const registerWith = (data: Record<string, unknown>): RegisterProgramme =>
  ({ type: 'RegisterProgramme', data: { ...registerMakers.data, ...data } }) as RegisterProgramme;

const trebinje: KnownMunicipality = { municipalityId: 'trebinje', name: 'Trebinje', entity: 'RS' };
const addTrebinje: AddPartnerMunicipality = {
  type: 'AddPartnerMunicipality',
  data: { programmeId: 'makers', municipalityId: 'trebinje', municipality: trebinje },
};
const trebinjeAdded: MunicipalityAddedAsPartner = {
  type: 'MunicipalityAddedAsPartner',
  data: { programmeId: 'makers', municipalityId: 'trebinje', municipalityName: 'Trebinje', entity: 'RS' },
};
const removeTrebinje: RemovePartnerMunicipality = {
  type: 'RemovePartnerMunicipality',
  data: { programmeId: 'makers', municipalityId: 'trebinje', reason: 'The municipal council withdrew from the platform' },
};
const trebinjeRemoved: MunicipalityRemovedAsPartner = { type: 'MunicipalityRemovedAsPartner', data: removeTrebinje.data };

describe('registering a programme', () => {
  it('records the programme with its envelope, dates and targets', () =>
    given(programmeDecider, []).when(registerMakers).then([makersRegistered]));

  it('records a programme without a sector', () =>
    given(programmeDecider)
      .when(registerWith({ sector: undefined }))
      .then([{ ...makersRegistered, data: { ...makersRegistered.data, sector: null } }]));

  it('trims names but keeps their diacritics', () =>
    given(programmeDecider)
      .when(registerWith({ name: '  Dijalog za budućnost ', donor: ' UNDP ' }))
      .then([{ ...makersRegistered, data: { ...makersRegistered.data, name: 'Dijalog za budućnost' } }]));

  it('may set no targets yet', () =>
    given(programmeDecider).when(registerWith({ targets: [] })).then([{ ...makersRegistered, data: { ...makersRegistered.data, targets: [] } }]));

  it('cannot register the same programme twice', () =>
    given(programmeDecider, [makersRegistered]).when(registerMakers).thenThrows({ code: 'CONFLICT', rule: 'ProgrammeAlreadyRegistered' }));

  it('needs a name', () => given(programmeDecider).when(registerWith({ name: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'name' }));

  it('needs a donor', () => given(programmeDecider).when(registerWith({ donor: '' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'donor' }));

  it('refuses a blank sector rather than dropping it', () =>
    given(programmeDecider).when(registerWith({ sector: '  ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'sector' }));

  it('refuses a budget envelope in fractions of a cent', () =>
    given(programmeDecider)
      .when(registerWith({ budgetEnvelope: { amountMinor: 425_000.5, currency: 'USD' } }))
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'budgetEnvelope.amountMinor' }));

  it('refuses an empty budget envelope', () =>
    given(programmeDecider)
      .when(registerWith({ budgetEnvelope: { amountMinor: 0, currency: 'USD' } }))
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'budgetEnvelope.amountMinor' }));

  it('refuses a budget envelope given as text', () =>
    given(programmeDecider)
      .when(registerWith({ budgetEnvelope: { amountMinor: '42500000', currency: 'USD' } }))
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'budgetEnvelope.amountMinor' }));

  it('refuses a currency the programme does not handle', () =>
    given(programmeDecider)
      .when(registerWith({ budgetEnvelope: { amountMinor: 100, currency: 'HRK' } }))
      .thenThrows({ rule: 'CurrencyNotSupported', field: 'budgetEnvelope.currency' }));

  it('refuses a start date that does not exist', () =>
    given(programmeDecider).when(registerWith({ startsOn: '2021-02-29' })).thenThrows({ rule: 'DateInvalid', field: 'startsOn' }));

  it('refuses an end date not written as YYYY-MM-DD', () =>
    given(programmeDecider).when(registerWith({ endsOn: '31.03.2023' })).thenThrows({ rule: 'DateInvalid', field: 'endsOn' }));

  it('refuses a programme that ends before it starts', () =>
    given(programmeDecider)
      .when(registerWith({ startsOn: '2023-03-31', endsOn: '2020-03-01' }))
      .thenThrows({ rule: 'ProgrammeEndsBeforeItStarts', field: 'endsOn' }));

  it('refuses a programme that ends the day it starts', () =>
    given(programmeDecider)
      .when(registerWith({ startsOn: '2020-03-01', endsOn: '2020-03-01' }))
      .thenThrows({ rule: 'ProgrammeEndsBeforeItStarts', field: 'endsOn' }));

  it('refuses two targets with the same code', () =>
    given(programmeDecider)
      .when(registerWith({ targets: [registerMakers.data.targets[0], { ...registerMakers.data.targets[0], minimum: 10 }] }))
      .thenThrows({ rule: 'TargetCodeDuplicated', field: 'targets[1].code' }));

  it('refuses a target of zero', () =>
    given(programmeDecider)
      .when(registerWith({ targets: [{ ...registerMakers.data.targets[0], minimum: 0 }] }))
      .thenThrows({ rule: 'TargetMinimumNotPositive', field: 'targets[0].minimum' }));

  it('refuses a target without a description', () =>
    given(programmeDecider)
      .when(registerWith({ targets: [{ ...registerMakers.data.targets[0], description: '' }] }))
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'targets[0].description' }));

  it('refuses a target without a code', () =>
    given(programmeDecider)
      .when(registerWith({ targets: [{ ...registerMakers.data.targets[0], code: ' ' }] }))
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'targets[0].code' }));

  it('lives in its own stream in the programme context', () => expect(programmeStreamName('makers')).toBe('programme-programme-makers'));
});

describe('partner municipalities', () => {
  it('adds a registered municipality as a partner', () =>
    given(programmeDecider, [makersRegistered]).when(addTrebinje).then([trebinjeAdded]));

  it('cannot add a partner to a programme that is not registered', () =>
    given(programmeDecider, []).when(addTrebinje).thenThrows({ code: 'NOT_FOUND', rule: 'ProgrammeNotFound' }));

  it('cannot add a municipality that is not registered', () =>
    given(programmeDecider, [makersRegistered])
      .when({ ...addTrebinje, data: { ...addTrebinje.data, municipality: null } })
      .thenThrows({ code: 'NOT_FOUND', rule: 'MunicipalityNotFound' }));

  it('does not add the same partner twice', () =>
    given(programmeDecider, [makersRegistered, trebinjeAdded]).when(addTrebinje).thenThrows({ code: 'CONFLICT', rule: 'MunicipalityAlreadyPartner' }));

  it('removes a partner, saying why', () =>
    given(programmeDecider, [makersRegistered, trebinjeAdded]).when(removeTrebinje).then([trebinjeRemoved]));

  it('needs a reason to remove a partner', () =>
    given(programmeDecider, [makersRegistered, trebinjeAdded])
      .when({ ...removeTrebinje, data: { ...removeTrebinje.data, reason: ' \n ' } })
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' }));

  it('cannot remove a municipality that was never a partner', () =>
    given(programmeDecider, [makersRegistered]).when(removeTrebinje).thenThrows({ code: 'CONFLICT', rule: 'MunicipalityNotPartner' }));

  it('cannot remove a partner twice', () =>
    given(programmeDecider, [makersRegistered, trebinjeAdded, trebinjeRemoved])
      .when(removeTrebinje)
      .thenThrows({ code: 'CONFLICT', rule: 'MunicipalityNotPartner' }));

  it('cannot remove a partner from a programme that is not registered', () =>
    given(programmeDecider, []).when(removeTrebinje).thenThrows({ code: 'NOT_FOUND', rule: 'ProgrammeNotFound' }));

  it('takes back a municipality that was removed earlier', () =>
    given(programmeDecider, [makersRegistered, trebinjeAdded, trebinjeRemoved]).when(addTrebinje).then([trebinjeAdded]));

  it('keeps other partners when one is removed', () =>
    given(programmeDecider, [
      makersRegistered,
      trebinjeAdded,
      { ...trebinjeAdded, data: { ...trebinjeAdded.data, municipalityId: 'pale', municipalityName: 'Pale' } },
      trebinjeRemoved,
    ])
      .when({ ...addTrebinje, data: { programmeId: 'makers', municipalityId: 'pale', municipality: { municipalityId: 'pale', name: 'Pale', entity: 'RS' } } })
      .thenThrows('MunicipalityAlreadyPartner'));
});
