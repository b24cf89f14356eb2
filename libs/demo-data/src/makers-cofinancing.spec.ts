import { toUsdMinor } from '@makers/cofinancing';
import { bamRateOn, makersInitiatives, makersTrancheSchedule, type DemoInitiative, type DemoInitiativeStep } from './makers-cofinancing';
import { makersProposals } from './makers-call';
import { makersMeetings } from './makers-meetings';
import { makersPlatforms } from './makers-platforms';
import { makersPartnerMunicipalityIds, makersProgramme } from './makers-programme';

const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** The agreement in force at the end of the story: the last amendment's parties, or those signed. */
const partiesInForce = (demo: DemoInitiative) => demo.story.reduce((parties, step) => (step.do === 'amend' ? step.parties : parties), demo.parties);

/** The days a step happens on, in order. */
const daysOf = (step: DemoInitiativeStep): string[] => {
  switch (step.do) {
    case 'disburse':
    case 'reject':
      return [step.requestedOn];
    case 'report': {
      const { submittedOn, returned, acceptedOn } = step.report;
      return [submittedOn, ...(returned ? [returned.on, returned.resubmittedOn] : []), ...(acceptedOn ? [acceptedOn] : [])];
    }
    case 'amend':
    case 'close':
      return [step.on];
    case 'refund':
      return [step.valueDate];
  }
};

describe('the MAKERS co-financing demo data', () => {
  it('co-finances at least the programme’s target of initiatives, each in its own partner municipality, which shares the cost', () => {
    const target = makersProgramme.targets.find((candidate) => candidate.code === 'co-financed-initiatives')!.minimum;
    expect(makersInitiatives.length).toBeGreaterThanOrEqual(target);
    expect(unique(makersInitiatives.map((demo) => demo.municipalityId))).toBe(true);
    for (const demo of makersInitiatives) {
      expect(makersPartnerMunicipalityIds).toContain(demo.municipalityId);
      const own = partiesInForce(demo).find((party) => party.kind === 'municipality' && party.municipalityId === demo.municipalityId);
      expect(own?.amount.amountMinor).toBeGreaterThan(0);
    }
  });

  it('gives every initiative its own id and agreement reference, and each amendment the agreement’s, numbered', () => {
    expect(unique(makersInitiatives.map((demo) => demo.initiativeId))).toBe(true);
    expect(makersInitiatives.map((demo) => demo.agreementReference)).toEqual(makersInitiatives.map((_, index) => `MAKERS-SF-2022-${String(index + 1).padStart(2, '0')}`));
    for (const demo of makersInitiatives) {
      const amendments = demo.story.flatMap((step) => (step.do === 'amend' ? [step.amendmentReference] : []));
      expect(amendments).toEqual(amendments.map((_, index) => `${demo.agreementReference}/A${index + 1}`));
    }
  });

  it('starts each initiative from a proposal of the open call in its municipality, or from a priority its municipality’s platform decided', () => {
    const decided = new Set(makersMeetings.flatMap((meeting) => meeting.decisions.flatMap((decision) => (decision.priority ? [decision.priority.priorityId] : []))));
    for (const { origin, municipalityId } of makersInitiatives) {
      if (origin.kind === 'award') {
        expect(makersProposals.find((proposal) => proposal.proposalId === origin.proposalId)?.municipalityId).toBe(municipalityId);
      } else {
        expect(makersPlatforms.find((platform) => platform.platformId === origin.platformId)?.municipalityIds).toContain(municipalityId);
        expect(decided).toContain(origin.priorityId);
      }
    }
  });

  it('commits UNDP to USD 133,827.33 at the signing days’ rates, within the programme’s envelope', () => {
    const committed = makersInitiatives.reduce((sum, demo) => {
      const { amount } = partiesInForce(demo).find((party) => party.kind === 'undp')!;
      return sum + (amount.currency === 'USD' ? amount.amountMinor : toUsdMinor(amount, bamRateOn(demo.signedOn)));
    }, 0);
    expect(committed).toBe(13_382_733);
    expect(committed).toBeLessThanOrEqual(makersProgramme.budgetEnvelope.amountMinor);
  });

  it('tells each story in date order, from the signing to the programme’s end', () => {
    for (const demo of makersInitiatives) {
      const days = [demo.signedOn, ...demo.story.flatMap(daysOf)];
      expect(days).toEqual([...days].sort());
      expect(days.at(-1)! <= makersProgramme.endsOn).toBe(true);
      expect([demo.due.interim, demo.due.final].every((due) => due <= makersProgramme.endsOn)).toBe(true);
    }
  });

  it('schedules every party’s whole commitment but an in-kind one, and reports spending only by parties to the agreement', () => {
    for (const demo of makersInitiatives) {
      const parties = partiesInForce(demo);
      for (const party of demo.parties) {
        const percents = makersTrancheSchedule(demo.parties, demo.signedOn, demo.due)
          .filter((tranche) => tranche.partyId === party.partyId)
          .reduce((sum, tranche) => sum + ('percent' in tranche.amount ? tranche.amount.percent : 0), 0);
        expect(percents).toBe(party.kind === 'in-kind' ? 0 : 100);
      }
      const spenders = demo.story.flatMap((step) => (step.do === 'report' ? [...step.report.spending, ...(step.report.returned?.revised.spending ?? [])] : []));
      expect(spenders.filter(([partyId]) => !parties.some((party) => party.partyId === partyId))).toEqual([]);
    }
  });

  it('keeps diacritics and Cyrillic intact', () => {
    const names = makersInitiatives.flatMap((demo) => demo.parties.map((party) => party.name));
    expect(names).toEqual(expect.arrayContaining(['Općina Doboj Istok', 'Opština Istočno Novo Sarajevo', 'Општина Пале', 'Град Бијељина']));
    expect(names.every((name) => name === name.normalize('NFC'))).toBe(true);
  });
});
