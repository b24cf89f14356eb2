import { fold } from '@makers/kernel';
import { knownMunicipality, municipalityDecider, programmeDecider, type ProgrammeEvent } from '@makers/programme';
import { makersMunicipalities, makersPartnerMunicipalityIds, makersProgramme } from './index';

const context = { now: new Date('2020-03-01T08:00:00Z'), actor: 'demo' };

describe('the MAKERS demo data', () => {
  it('has the 14 partner municipalities of the publication', () => expect(makersMunicipalities).toHaveLength(14));

  it('gives every municipality its own id', () =>
    expect(new Set(makersMunicipalities.map((municipality) => municipality.municipalityId)).size).toBe(14));

  it('spans the Federation, Republika Srpska and Brčko District', () =>
    expect(new Set(makersMunicipalities.map((municipality) => municipality.entity))).toEqual(new Set(['FBIH', 'RS', 'BD'])));

  it('keeps diacritics and Cyrillic intact', () => {
    const istocno = makersMunicipalities.find((municipality) => municipality.municipalityId === 'istocno-novo-sarajevo');
    expect(istocno).toMatchObject({ name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' });
    expect(makersMunicipalities.find((municipality) => municipality.entity === 'BD')?.name).toBe('Brčko');
    expect(istocno?.name.normalize('NFC')).toBe(istocno?.name);
  });

  it('gives a Cyrillic name to every municipality in Republika Srpska', () =>
    expect(makersMunicipalities.filter((municipality) => municipality.entity === 'RS').map((municipality) => municipality.nameCyrillic)).toEqual([
      'Источно Ново Сарајево',
      'Пале',
      'Требиње',
      'Добој',
      'Бијељина',
      'Трново',
    ]));

  it('states the budget envelope of USD 425,000 in cents', () =>
    expect(makersProgramme.budgetEnvelope).toEqual({ amountMinor: 42_500_000, currency: 'USD' }));

  it('commits to at least 8 co-financed initiatives', () =>
    expect(makersProgramme.targets).toContainEqual(expect.objectContaining({ code: 'co-financed-initiatives', minimum: 8 })));

  it('is accepted by the programme context: every municipality registers and joins the programme', () => {
    const municipalities = makersMunicipalities.map((data) =>
      fold(municipalityDecider, municipalityDecider.decide({ type: 'RegisterMunicipality', data }, municipalityDecider.initialState, context)),
    );
    const history: ProgrammeEvent[] = programmeDecider.decide({ type: 'RegisterProgramme', data: makersProgramme }, programmeDecider.initialState, context);
    for (const [index, municipalityId] of makersPartnerMunicipalityIds.entries()) {
      const command = { type: 'AddPartnerMunicipality' as const, data: { programmeId: 'makers', municipalityId, municipality: knownMunicipality(municipalities[index]) } };
      history.push(...programmeDecider.decide(command, fold(programmeDecider, history), context));
    }
    const makers = fold(programmeDecider, history);
    expect(makers.status === 'registered' && makers.partners.size).toBe(14);
  });
});
