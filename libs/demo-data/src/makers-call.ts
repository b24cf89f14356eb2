import type { ApplicantType, CallTerms, CriterionScore } from '@makers/calls';
import { makersMunicipalities } from './makers-programme';
import { makersPlatforms } from './makers-platforms';

/**
 * The MAKERS open call for project proposals in support of the platforms' priorities (volunteerism and solidarity), as
 * demo data: proposals from several municipalities, two evaluators (one declares a conflict of interest), votes by the
 * platforms' members, a paper-ballot tally from a platform meeting, the award and an appeal. Every step carries the
 * moment it happened, so the seed replays the call as it ran in 2021.
 */

export const MAKERS_CALL_ID = 'makers-open-call-2021';

const bam = (marks: number) => ({ amountMinor: marks * 100, currency: 'BAM' as const });

export const makersCallTerms: CallTerms = {
  title: 'Otvoreni poziv za dostavu prijedloga projekata: volonterizam i solidarnost 2021',
  description:
    'MAKERS poziva organizacije civilnog društva i neformalne grupe mladih iz partnerskih općina i gradova da predlože ' +
    'projekte koji odgovaraju na prioritete lokalnih dijaloških platformi i jačaju volonterizam i solidarnost.',
  currency: 'BAM',
  budget: { total: bam(60_000), perProposalCeiling: bam(20_000) },
  eligibleApplicantTypes: ['civil-society-organisation', 'informal-youth-group'],
  eligibleMunicipalityIds: makersMunicipalities.map((municipality) => municipality.municipalityId),
  criteria: [
    { criterionId: 'relevance', name: 'Povezanost s prioritetima platforme', weight: 30, maxScore: 10 },
    { criterionId: 'feasibility', name: 'Izvodljivost i budžet', weight: 25, maxScore: 10 },
    { criterionId: 'youth', name: 'Uključenost mladih i volontera', weight: 25, maxScore: 10 },
    { criterionId: 'sustainability', name: 'Sufinansiranje i održivost', weight: 20, maxScore: 10 },
  ],
  opensAt: '2021-10-01T09:00:00+02:00',
  closesAt: '2021-11-15T16:00:00+01:00',
  voting: { opensAt: '2021-11-16T09:00:00+01:00', closesAt: '2021-12-03T16:00:00+01:00', secret: true },
  awardRule: { scoreWeight: 70, votesWeight: 30 },
  appealPeriodDays: 8,
};

/** When each step of the call happened (the command's time). */
export const makersCallTimeline = {
  drafted: '2021-09-01T10:00:00+02:00',
  published: '2021-09-15T10:00:00+02:00',
  evaluatorsAssigned: '2021-09-20T10:00:00+02:00',
  closed: '2021-11-15T16:30:00+01:00',
  evaluated: '2021-12-06T12:00:00+01:00',
  awarded: '2021-12-10T12:00:00+01:00',
} as const;

export const makersEvaluators = ['demo:evaluator-selma-hadzic', 'demo:evaluator-goran-nikolic'] as const;

export interface DemoProposal {
  readonly proposalId: string;
  readonly applicant: { readonly name: string; readonly type: ApplicantType; readonly subject: string };
  readonly municipalityId: string;
  readonly title: string;
  readonly summary: string;
  readonly budgetLines: readonly { readonly description: string; readonly marks: number }[];
  readonly coFinancingMarks: number;
  readonly priority?: { readonly platformId: string; readonly priorityId: string };
  readonly submittedAt: string;
  /** Each evaluator's scores (criterion → 0..10); a missing evaluator declared a conflict of interest. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Members of the platforms of its municipality voting online: for / against / abstain, by position in the platform. */
  readonly votes: readonly ('for' | 'against' | 'abstain')[];
}

const score = (relevance: number, feasibility: number, youth: number, sustainability: number) => ({ relevance, feasibility, youth, sustainability });

export const makersProposals: readonly DemoProposal[] = [
  {
    proposalId: 'omladinski-centar-lukavica',
    applicant: { name: 'Udruženje „Mladi za zajednicu“ Istočno Novo Sarajevo', type: 'civil-society-organisation', subject: 'demo:applicant-mladi-za-zajednicu' },
    municipalityId: 'istocno-novo-sarajevo',
    title: 'Zajednički omladinski centar u Lukavici',
    summary: 'Obnova prostora i program zajedničkih aktivnosti mladih iz Novog Sarajeva i Istočnog Novog Sarajeva.',
    budgetLines: [
      { description: 'Obnova prostora', marks: 11_000 },
      { description: 'Oprema i program aktivnosti', marks: 7_000 },
    ],
    coFinancingMarks: 6_000,
    priority: { platformId: 'novo-sarajevo-istocno-novo-sarajevo', priorityId: 'novo-sarajevo-istocno-novo-sarajevo-p1' },
    submittedAt: '2021-10-20T11:00:00+02:00',
    scores: { 'demo:evaluator-selma-hadzic': score(10, 8, 9, 8), 'demo:evaluator-goran-nikolic': score(9, 8, 9, 7) },
    votes: ['for', 'for', 'for', 'against', 'abstain'],
  },
  {
    proposalId: 'biciklisticka-staza-doboj-istok',
    applicant: { name: 'Biciklistički klub „Spreča“', type: 'civil-society-organisation', subject: 'demo:applicant-bk-spreca' },
    municipalityId: 'doboj-istok',
    title: 'Sigurna biciklistička staza Doboj – Doboj Istok',
    summary: 'Označavanje i rasvjeta staze kojom mladi svakodnevno prelaze između dvije općine, uz volonterske akcije.',
    budgetLines: [
      { description: 'Signalizacija i rasvjeta', marks: 15_000 },
      { description: 'Volonterske akcije i promocija', marks: 4_000 },
    ],
    coFinancingMarks: 8_000,
    priority: { platformId: 'doboj-doboj-istok', priorityId: 'doboj-doboj-istok-p1' },
    submittedAt: '2021-10-28T14:30:00+02:00',
    scores: { 'demo:evaluator-selma-hadzic': score(9, 7, 8, 9), 'demo:evaluator-goran-nikolic': score(8, 8, 8, 8) },
    votes: ['for', 'for', 'for', 'for', 'against'],
  },
  {
    proposalId: 'volonterski-servis-travnik',
    applicant: { name: 'Neformalna grupa „Komšije“', type: 'informal-youth-group', subject: 'demo:applicant-komsije' },
    municipalityId: 'novi-travnik',
    title: 'Volonterski servis za starije osobe',
    summary: 'Mladi volonteri iz Travnika i Novog Travnika pomažu starijima u nabavci, prijevozu i digitalnim uslugama.',
    budgetLines: [{ description: 'Prijevoz, telefonska linija i koordinacija volontera', marks: 9_500 }],
    coFinancingMarks: 2_000,
    priority: { platformId: 'travnik-novi-travnik', priorityId: 'travnik-novi-travnik-p1' },
    submittedAt: '2021-11-02T09:15:00+01:00',
    scores: { 'demo:evaluator-selma-hadzic': score(9, 9, 10, 6), 'demo:evaluator-goran-nikolic': score(9, 8, 9, 6) },
    votes: ['for', 'for', 'abstain', 'for', 'for'],
  },
  {
    proposalId: 'kulturno-ljeto-trebinje',
    applicant: { name: 'Udruženje građana „Platani“', type: 'civil-society-organisation', subject: 'demo:applicant-platani' },
    municipalityId: 'trebinje',
    title: 'Kulturno ljeto na Platanima',
    summary: 'Besplatni koncerti i radionice koje organizuju mladi volonteri tokom ljeta 2022.',
    budgetLines: [
      { description: 'Tehnika i bina', marks: 12_000 },
      { description: 'Radionice', marks: 6_000 },
    ],
    coFinancingMarks: 5_000,
    priority: { platformId: 'trebinje', priorityId: 'trebinje-p1' },
    submittedAt: '2021-11-10T16:45:00+01:00',
    // Goran Nikolić declared a conflict of interest: he sits on the association's board.
    scores: { 'demo:evaluator-selma-hadzic': score(8, 7, 8, 7) },
    votes: ['for', 'against', 'for', 'for', 'abstain'],
  },
  {
    proposalId: 'medijska-pismenost-brcko',
    applicant: { name: 'Centar za medije i mlade Brčko', type: 'civil-society-organisation', subject: 'demo:applicant-cmm-brcko' },
    municipalityId: 'brcko',
    title: 'Medijska pismenost u srednjim školama Distrikta',
    summary: 'Radionice o prepoznavanju dezinformacija za učenike svih srednjih škola Brčko distrikta.',
    budgetLines: [{ description: 'Radionice, materijali i treneri', marks: 16_000 }],
    coFinancingMarks: 3_000,
    priority: { platformId: 'brcko', priorityId: 'brcko-p1' },
    submittedAt: '2021-11-12T10:00:00+01:00',
    scores: { 'demo:evaluator-selma-hadzic': score(7, 7, 6, 5), 'demo:evaluator-goran-nikolic': score(7, 6, 7, 5) },
    votes: ['for', 'abstain', 'against', 'for', 'for'],
  },
  {
    proposalId: 'ciscenje-vrbasa-bugojno',
    applicant: { name: 'Ekološko društvo „Vrbas“', type: 'civil-society-organisation', subject: 'demo:applicant-ed-vrbas' },
    municipalityId: 'bugojno',
    title: 'Čista obala Vrbasa',
    summary: 'Volonterske akcije čišćenja i postavljanje kanti za otpad uz rijeku.',
    budgetLines: [{ description: 'Oprema, kante i prijevoz otpada', marks: 8_000 }],
    coFinancingMarks: 4_000,
    priority: { platformId: 'bugojno', priorityId: 'bugojno-p1' },
    submittedAt: '2021-11-14T20:00:00+01:00',
    scores: { 'demo:evaluator-selma-hadzic': score(6, 6, 6, 6), 'demo:evaluator-goran-nikolic': score(5, 6, 6, 5) },
    votes: ['against', 'for', 'against', 'abstain', 'for'],
  },
];

/** The evaluators' scores as the command takes them. */
export const scoresOf = (scores: Readonly<Record<string, number>>): CriterionScore[] =>
  Object.entries(scores).map(([criterionId, value]) => ({ criterionId, score: value }));

/** A platform meeting in Trebinje counted its members' paper ballots on the Trebinje proposal. */
export const makersPaperBallotTally = {
  tallyId: 'trebinje-tally-2021-11-25',
  proposalId: 'kulturno-ljeto-trebinje',
  platformId: 'trebinje',
  recordedAt: '2021-11-25T19:00:00+01:00',
  evidence: { reference: 'Zapisnik sa sjednice platforme, 25. 11. 2021.', documentUrl: 'https://trebinje.example/platforma/zapisnik-2021-11-25.pdf' },
  for: 14,
  against: 3,
  abstain: 2,
} as const;

/** The Brčko applicant, unfunded, appealed; the programme dismissed the appeal with reasons. */
export const makersAppeal = {
  appealId: 'medijska-pismenost-brcko-appeal-1',
  proposalId: 'medijska-pismenost-brcko',
  filedAt: '2021-12-14T09:00:00+01:00',
  grounds: 'Smatramo da kriterij održivosti nije ocijenjen u skladu s priloženim pismima podrške škola.',
  decidedAt: '2021-12-21T12:00:00+01:00',
  upheld: false,
  reason: 'Komisija je ponovo pregledala pisma podrške; ocjena održivosti ostaje, jer sufinansiranje nije potvrđeno.',
} as const;

/** Online voters for a proposal: the members of the platforms of its municipality, in platform order. */
export const votersOf = (municipalityId: string) =>
  makersPlatforms
    .filter((platform) => platform.municipalityIds.includes(municipalityId))
    .flatMap((platform) => platform.members.map((member) => ({ platformId: platform.platformId, personId: member.personId })));
