import { DomainError, fold } from '@makers/kernel';
import { given } from '@makers/kernel/testing';
import type { RegisterMunicipality } from './municipality.commands';
import { knownMunicipality, municipalityDecider } from './municipality.decider';
import type { MunicipalityRegistered } from './municipality.events';
import { municipalityStreamName } from './municipality.stream-name';

const registerIstocnoNovoSarajevo: RegisterMunicipality = {
  type: 'RegisterMunicipality',
  data: { municipalityId: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' },
};
const istocnoNovoSarajevoRegistered: MunicipalityRegistered = {
  type: 'MunicipalityRegistered',
  data: { municipalityId: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' },
};
const registerWith = (data: Partial<Record<keyof RegisterMunicipality['data'], unknown>>): RegisterMunicipality =>
  ({ type: 'RegisterMunicipality', data: { ...registerIstocnoNovoSarajevo.data, ...data } }) as RegisterMunicipality;

describe('a municipality', () => {
  it('is registered with its Latin and Cyrillic names and its entity', () =>
    given(municipalityDecider, []).when(registerIstocnoNovoSarajevo).then([istocnoNovoSarajevoRegistered]));

  it('may be registered without a Cyrillic name', () =>
    given(municipalityDecider)
      .when(registerWith({ municipalityId: 'doboj-istok', name: 'Doboj Istok', nameCyrillic: undefined, entity: 'FBIH' }))
      .then([{ type: 'MunicipalityRegistered', data: { municipalityId: 'doboj-istok', name: 'Doboj Istok', nameCyrillic: null, entity: 'FBIH' } }]));

  it('keeps its name as written, only trimmed and in composed form', () =>
    given(municipalityDecider)
      .when(registerWith({ municipalityId: 'brcko', name: '  Brc\u030Cko ', nameCyrillic: ' Брчко', entity: 'BD' }))
      .then([{ type: 'MunicipalityRegistered', data: { municipalityId: 'brcko', name: 'Brčko', nameCyrillic: 'Брчко', entity: 'BD' } }]));

  it('cannot be registered twice', () =>
    given(municipalityDecider, [istocnoNovoSarajevoRegistered]).when(registerIstocnoNovoSarajevo).thenThrows({ code: 'CONFLICT', rule: 'MunicipalityAlreadyRegistered' }));

  it('needs a name', () =>
    given(municipalityDecider).when(registerWith({ name: '   ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'name' }));

  it('takes its Latin name in Latin script', () =>
    given(municipalityDecider).when(registerWith({ name: 'Пале' })).thenThrows({ rule: 'MunicipalityNameNotLatin', field: 'name' }));

  it('takes its Cyrillic name in Cyrillic script', () =>
    given(municipalityDecider).when(registerWith({ nameCyrillic: 'Pale' })).thenThrows({ rule: 'MunicipalityNameNotCyrillic', field: 'nameCyrillic' }));

  it('refuses a blank Cyrillic name rather than dropping it', () =>
    given(municipalityDecider).when(registerWith({ nameCyrillic: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'nameCyrillic' }));

  it('lies in the Federation, Republika Srpska or Brčko District', () =>
    given(municipalityDecider).when(registerWith({ entity: 'HR' })).thenThrows({ rule: 'EntityUnknown', field: 'entity' }));

  it('needs an id that can name a stream', () =>
    given(municipalityDecider).when(registerWith({ municipalityId: 'novo sarajevo' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'municipalityId' }));

  it('lives in its own stream in the programme context', () => expect(municipalityStreamName('pale')).toBe('programme-municipality-pale'));

  it('tells a programme what it knows about itself, or nothing when unregistered', () => {
    expect(knownMunicipality(fold(municipalityDecider, [istocnoNovoSarajevoRegistered]))).toEqual({
      municipalityId: 'istocno-novo-sarajevo',
      name: 'Istočno Novo Sarajevo',
      entity: 'RS',
    });
    expect(knownMunicipality(municipalityDecider.initialState)).toBeNull();
  });

  it('refuses with a domain error the API can map', () => given(municipalityDecider).when(registerWith({ name: '' })).thenThrows(DomainError));
});
