import type { MemberRole, MilestoneKind } from '@makers/platforms';
import type { Sex } from '@makers/people';

/**
 * The local dialogue platforms of the MAKERS demo: one in each partner municipality, and inter-municipal ones across
 * the inter-entity line where the publication names the pairs (Novo Sarajevo / Istočno Novo Sarajevo, Doboj / Doboj
 * Istok, Travnik / Novi Travnik). The people are made up; their names follow the country's, in both scripts.
 */

export interface DemoPerson {
  readonly personId: string;
  readonly name: string;
  readonly sex: Sex;
  readonly yearOfBirth: number;
  readonly contact?: string;
}

export interface DemoMembership {
  readonly personId: string;
  readonly role: MemberRole;
  readonly joinedOn: string;
}

export interface DemoMilestone {
  readonly milestoneId: string;
  readonly kind: MilestoneKind;
  readonly municipalityId: string;
  readonly achievedOn: string;
  readonly referenceNumber: string;
  readonly documentUrl: string;
  readonly call?: { readonly reference: string; readonly amount: { readonly amountMinor: number; readonly currency: 'BAM' | 'USD' | 'EUR' } };
}

export interface DemoPlatform {
  readonly platformId: string;
  readonly name: string;
  readonly municipalityIds: readonly string[];
  readonly members: readonly DemoMembership[];
  readonly coChairs: { readonly youngActivistId: string; readonly municipalStaffId: string; readonly namedOn: string };
  readonly milestones: readonly DemoMilestone[];
}

/** Who sits on a platform: two young activists (one co-chairs), a municipal staff co-chair, a moderator, a citizen. */
interface Cast {
  readonly activists: readonly [DemoPerson, DemoPerson];
  readonly staff: DemoPerson;
  readonly moderator: DemoPerson;
  readonly citizen: DemoPerson;
}

const person = (personId: string, name: string, sex: Sex, yearOfBirth: number, contact?: string): DemoPerson => ({
  personId,
  name,
  sex,
  yearOfBirth,
  ...(contact ? { contact } : {}),
});

const casts: Readonly<Record<string, Cast>> = {
  'novo-sarajevo-istocno-novo-sarajevo': {
    activists: [person('amila-hodzic', 'Amila Hodžić', 'female', 1998, 'amila.hodzic@example.ba'), person('nikola-savic', 'Никола Савић', 'male', 1996, '+387 65 111 222')],
    staff: person('jasmina-kovacevic', 'Jasmina Kovačević', 'female', 1979, 'jasmina.kovacevic@novosarajevo.example'),
    moderator: person('ivana-kovac', 'Ivana Kovač', 'female', 1988),
    citizen: person('dragan-lukic', 'Драган Лукић', 'male', 1962),
  },
  'doboj-doboj-istok': {
    activists: [person('emina-mujic', 'Emina Mujić', 'female', 2001), person('stefan-djuric', 'Стефан Ђурић', 'male', 1999)],
    staff: person('milan-petkovic', 'Milan Petković', 'male', 1975),
    moderator: person('selma-avdic', 'Selma Avdić', 'female', 1990),
    citizen: person('hasan-mehic', 'Hasan Mehić', 'male', 1958),
  },
  'travnik-novi-travnik': {
    activists: [person('lejla-begic', 'Lejla Begić', 'female', 2000), person('ivan-maric', 'Ivan Marić', 'male', 1997)],
    staff: person('anela-softic', 'Anela Softić', 'female', 1983),
    moderator: person('josip-juric', 'Josip Jurić', 'male', 1986),
    citizen: person('mirsada-husic', 'Mirsada Husić', 'female', 1966),
  },
  'centar-sarajevo': {
    activists: [person('tarik-basic', 'Tarik Bašić', 'male', 1999), person('ajla-dzaferovic', 'Ajla Džaferović', 'female', 2002)],
    staff: person('edin-causevic', 'Edin Čaušević', 'male', 1980),
    moderator: person('maja-vukovic', 'Maja Vuković', 'female', 1991),
    citizen: person('zlata-pasic', 'Zlata Pašić', 'female', 1955),
  },
  pale: {
    activists: [person('milica-jovanovic', 'Милица Јовановић', 'female', 1998), person('luka-vasic', 'Luka Vasić', 'male', 2003)],
    staff: person('branko-todorovic', 'Бранко Тодоровић', 'male', 1977),
    moderator: person('sanja-ilic', 'Sanja Ilić', 'female', 1989),
    citizen: person('ranko-simic', 'Ranko Simić', 'male', 1960),
  },
  trebinje: {
    activists: [person('teodora-milic', 'Теодора Милић', 'female', 2001), person('vuk-radovic', 'Vuk Radović', 'male', 1995)],
    staff: person('jelena-cvijetic', 'Jelena Cvijetić', 'female', 1984),
    moderator: person('goran-pavlovic', 'Goran Pavlović', 'male', 1982),
    citizen: person('olivera-kuljic', 'Olivera Kuljić', 'female', 1959),
  },
  brcko: {
    activists: [person('adnan-omerovic', 'Adnan Omerović', 'male', 1997), person('ana-blazevic', 'Ana Blažević', 'female', 2000)],
    staff: person('dejan-stevic', 'Dejan Stević', 'male', 1981),
    moderator: person('merima-salihovic', 'Merima Salihović', 'female', 1987),
    citizen: person('pero-knezevic', 'Pero Knežević', 'male', 1957),
  },
  bijeljina: {
    activists: [person('nevena-lazic', 'Невена Лазић', 'female', 1999), person('marko-jovanovic', 'Marko Jovanović', 'male', 1996)],
    staff: person('snezana-djokic', 'Snežana Đokić', 'female', 1978),
    moderator: person('aleksandar-mitrovic', 'Aleksandar Mitrović', 'male', 1985),
    citizen: person('ljubica-popovic', 'Љубица Поповић', 'female', 1961),
  },
  mostar: {
    activists: [person('dzenan-colic', 'Dženan Čolić', 'male', 1998), person('klara-bosnjak', 'Klara Bošnjak', 'female', 2002)],
    staff: person('mirela-zovko', 'Mirela Zovko', 'female', 1982),
    moderator: person('amar-kajtaz', 'Amar Kajtaz', 'male', 1990),
    citizen: person('vesna-raguz', 'Vesna Raguž', 'female', 1956),
  },
  bugojno: {
    activists: [person('harun-delic', 'Harun Delić', 'male', 2001), person('iva-grgic', 'Iva Grgić', 'female', 1999)],
    staff: person('senad-karic', 'Senad Karić', 'male', 1976),
    moderator: person('marina-vrdoljak', 'Marina Vrdoljak', 'female', 1988),
    citizen: person('fikret-bajric', 'Fikret Bajrić', 'male', 1954),
  },
  'trnovo-rs': {
    activists: [person('sara-tomic', 'Сара Томић', 'female', 2000), person('ognjen-kovacevic', 'Ognjen Kovačević', 'male', 1997)],
    staff: person('zeljko-sain', 'Željko Šain', 'male', 1979),
    moderator: person('dragana-lalovic', 'Dragana Lalović', 'female', 1986),
    citizen: person('milorad-krsmanovic', 'Milorad Krsmanović', 'male', 1963),
  },
};

interface Outline {
  readonly platformId: string;
  readonly name: string;
  readonly municipalityIds: readonly string[];
  /** When its members joined and its co-chairs were named. */
  readonly formedOn: string;
  readonly milestones?: readonly DemoMilestone[];
}

const outlines: readonly Outline[] = [
  {
    platformId: 'novo-sarajevo-istocno-novo-sarajevo',
    name: 'Međuentitetska dijaloška platforma Novo Sarajevo – Istočno Novo Sarajevo',
    municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'],
    formedOn: '2020-06-15',
    milestones: [
      {
        milestoneId: 'ns-ins-methodology-novo-sarajevo',
        kind: 'methodology-adopted',
        municipalityId: 'novo-sarajevo',
        achievedOn: '2021-03-25',
        referenceNumber: '01-02-1234/21',
        documentUrl: 'https://novosarajevo.example/vijece/odluke/01-02-1234-21.pdf',
      },
      {
        milestoneId: 'ns-ins-advisory-istocno-novo-sarajevo',
        kind: 'advisory-mechanism-recognised',
        municipalityId: 'istocno-novo-sarajevo',
        achievedOn: '2021-09-30',
        referenceNumber: '02-013-456/21',
        documentUrl: 'https://istocnonovosarajevo.example/skupstina/odluke/02-013-456-21.pdf',
      },
    ],
  },
  {
    platformId: 'doboj-doboj-istok',
    name: 'Međuopćinska dijaloška platforma Doboj – Doboj Istok',
    municipalityIds: ['doboj', 'doboj-istok'],
    formedOn: '2020-07-01',
    milestones: [
      {
        milestoneId: 'doboj-istok-public-call-2022',
        kind: 'public-funding-call-includes-priorities',
        municipalityId: 'doboj-istok',
        achievedOn: '2022-02-15',
        referenceNumber: 'JP-02/2022',
        documentUrl: 'https://dobojistok.example/javni-pozivi/jp-02-2022.pdf',
        call: { reference: 'JP-02/2022', amount: { amountMinor: 3_000_000, currency: 'BAM' } },
      },
    ],
  },
  { platformId: 'travnik-novi-travnik', name: 'Međuopćinska dijaloška platforma Travnik – Novi Travnik', municipalityIds: ['travnik', 'novi-travnik'], formedOn: '2020-07-10' },
  {
    platformId: 'centar-sarajevo',
    name: 'Lokalna dijaloška platforma Centar Sarajevo',
    municipalityIds: ['centar-sarajevo'],
    formedOn: '2020-06-01',
    milestones: [
      {
        milestoneId: 'centar-sarajevo-methodology',
        kind: 'methodology-adopted',
        municipalityId: 'centar-sarajevo',
        achievedOn: '2021-05-27',
        referenceNumber: '01-49-2211/21',
        documentUrl: 'https://centar.example/vijece/odluke/01-49-2211-21.pdf',
      },
    ],
  },
  { platformId: 'pale', name: 'Локална дијалошка платформа Пале', municipalityIds: ['pale'], formedOn: '2020-06-20' },
  { platformId: 'trebinje', name: 'Lokalna dijaloška platforma Trebinje', municipalityIds: ['trebinje'], formedOn: '2020-06-25' },
  { platformId: 'brcko', name: 'Lokalna dijaloška platforma Brčko distrikta', municipalityIds: ['brcko'], formedOn: '2020-07-05' },
  { platformId: 'bijeljina', name: 'Локална дијалошка платформа Бијељина', municipalityIds: ['bijeljina'], formedOn: '2020-07-15' },
  { platformId: 'mostar', name: 'Lokalna dijaloška platforma Mostar', municipalityIds: ['mostar'], formedOn: '2020-08-01' },
  { platformId: 'bugojno', name: 'Lokalna dijaloška platforma Bugojno', municipalityIds: ['bugojno'], formedOn: '2020-08-10' },
  { platformId: 'trnovo-rs', name: 'Lokalna dijaloška platforma Trnovo', municipalityIds: ['trnovo-rs'], formedOn: '2020-08-20' },
];

const platformOf = (outline: Outline): DemoPlatform => {
  const cast = casts[outline.platformId];
  const joined = (personId: string, role: MemberRole): DemoMembership => ({ personId, role, joinedOn: outline.formedOn });
  return {
    platformId: outline.platformId,
    name: outline.name,
    municipalityIds: outline.municipalityIds,
    members: [
      joined(cast.activists[0].personId, 'young-activist'),
      joined(cast.activists[1].personId, 'young-activist'),
      joined(cast.staff.personId, 'municipal-staff'),
      joined(cast.moderator.personId, 'moderator'),
      joined(cast.citizen.personId, 'citizen'),
    ],
    coChairs: { youngActivistId: cast.activists[0].personId, municipalStaffId: cast.staff.personId, namedOn: outline.formedOn },
    milestones: outline.milestones ?? [],
  };
};

/** Everyone on a demo platform, registered before the platforms admit them. */
export const makersPeople: readonly DemoPerson[] = outlines.flatMap(({ platformId }) => {
  const cast = casts[platformId];
  return [...cast.activists, cast.staff, cast.moderator, cast.citizen];
});

export const makersPlatforms: readonly DemoPlatform[] = outlines.map(platformOf);
