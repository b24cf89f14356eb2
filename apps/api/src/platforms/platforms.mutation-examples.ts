import type { ApiHarness } from '../testing/api-harness';
import { setUp, type MutationExample } from '../testing/mutation-examples';
import { REGISTER_PERSON, registerPersonInput } from '../people/people.mutation-examples';
import { ADD_PARTNER, REGISTER_MUNICIPALITY, REGISTER_PROGRAMME, registerProgrammeInput } from '../programme/programme.mutation-examples';

/**
 * Valid calls of the platform mutations, for the matrices and the bad-input properties, and the setup other
 * contexts' examples build on (`preparePlatform`: a platform at the stage a meeting or a training needs).
 */

export const FORM_PLATFORM = 'mutation ($input: FormPlatformInput!) { formPlatform(input: $input) { id } }';
export const ADMIT_MEMBER = 'mutation ($input: AdmitMemberInput!) { admitMember(input: $input) { id } }';
export const RECORD_MEMBER_LEFT = 'mutation ($input: RecordMemberLeftInput!) { recordMemberLeft(input: $input) { id } }';
export const NAME_CO_CHAIRS = 'mutation ($input: NameCoChairsInput!) { nameCoChairs(input: $input) { id } }';
export const SET_QUORUM_RULE = 'mutation ($input: SetQuorumRuleInput!) { setQuorumRule(input: $input) { id } }';
export const ACTIVATE_PLATFORM = 'mutation ($input: ActivatePlatformInput!) { activatePlatform(input: $input) { id } }';
export const RECORD_MILESTONE = 'mutation ($input: RecordInstitutionalisationMilestoneInput!) { recordInstitutionalisationMilestone(input: $input) { id } }';
export const MARK_PLATFORM_DORMANT = 'mutation ($input: MarkPlatformDormantInput!) { markPlatformDormant(input: $input) { id } }';
export const REVIVE_PLATFORM = 'mutation ($input: RevivePlatformInput!) { revivePlatform(input: $input) { id } }';
export const CLOSE_PLATFORM = 'mutation ($input: ClosePlatformInput!) { closePlatform(input: $input) { id } }';

/** The programme and the two partner municipalities (one in each entity) every example platform is formed from. */
export const EXAMPLE_PROGRAMME_ID = 'platforms-example';
export const EXAMPLE_MUNICIPALITY_IDS = ['platforms-example-fbih', 'platforms-example-rs'] as const;

/** Runs a setup step as an administrator; a conflict means it was done by an earlier example in the same app. */
const setUpOnce = async (api: ApiHarness, document: string, input: Record<string, unknown>): Promise<void> => {
  const response = await api.graphql(document, { input }, { as: 'administrator' });
  const errors = (response.errors ?? []).filter((error) => error.extensions?.code !== 'CONFLICT');
  if (errors.length) throw new Error(`Setup failed: ${JSON.stringify(errors)}`);
};

/** The apps whose example partners are recorded: each example needs them, one app records them once. */
const partnersRecorded = new WeakSet<ApiHarness>();

const examplePartners = async (api: ApiHarness): Promise<void> => {
  if (partnersRecorded.has(api)) return;
  await setUpOnce(api, REGISTER_PROGRAMME, registerProgrammeInput(EXAMPLE_PROGRAMME_ID));
  const [fbih, rs] = EXAMPLE_MUNICIPALITY_IDS;
  await setUpOnce(api, REGISTER_MUNICIPALITY, { id: fbih, name: 'Novo Sarajevo', entity: 'FBIH' });
  await setUpOnce(api, REGISTER_MUNICIPALITY, { id: rs, name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' });
  for (const municipalityId of EXAMPLE_MUNICIPALITY_IDS) await setUpOnce(api, ADD_PARTNER, { programmeId: EXAMPLE_PROGRAMME_ID, municipalityId });
  partnersRecorded.add(api);
};

export const formPlatformInput = (platformId: string) => ({
  id: platformId,
  name: 'Platforma mladih Novo Sarajevo – Istočno Novo Sarajevo',
  municipalityIds: [...EXAMPLE_MUNICIPALITY_IDS],
  programmeId: EXAMPLE_PROGRAMME_ID,
});

/** How far `preparePlatform` takes a platform. */
export type PlatformStage = 'formed' | 'with-members' | 'co-chaired' | 'active';

export interface PreparedPlatform {
  readonly platformId: string;
  readonly municipalityIds: readonly string[];
  /** Current members from 2021-03-01 (co-chairs from 2021-03-15 at the stages that name them). */
  readonly youngActivistId: string;
  readonly municipalStaffId: string;
}

/**
 * An inter-entity platform `platform-<unique>`, recorded as an administrator: formed; with a young activist and a
 * member of municipal staff admitted on 2021-03-01; with them named co-chairs on 2021-03-15; activated.
 */
export const preparePlatform = async (api: ApiHarness, unique: string, stage: PlatformStage = 'active'): Promise<PreparedPlatform> => {
  await examplePartners(api);
  const platform: PreparedPlatform = {
    platformId: `platform-${unique}`,
    municipalityIds: EXAMPLE_MUNICIPALITY_IDS,
    youngActivistId: `activist-${unique}`,
    municipalStaffId: `staff-${unique}`,
  };
  const { platformId, youngActivistId, municipalStaffId } = platform;
  await setUp(api, FORM_PLATFORM, formPlatformInput(platformId));
  if (stage === 'formed') return platform;
  await setUp(api, REGISTER_PERSON, { ...registerPersonInput(youngActivistId), name: 'Amina Hodžić', sex: 'FEMALE', yearOfBirth: 2002 });
  await setUp(api, REGISTER_PERSON, { ...registerPersonInput(municipalStaffId), name: 'Dragan Petrović', sex: 'MALE', yearOfBirth: 1979 });
  await setUp(api, ADMIT_MEMBER, { platformId, personId: youngActivistId, role: 'YOUNG_ACTIVIST', joinedOn: '2021-03-01' });
  await setUp(api, ADMIT_MEMBER, { platformId, personId: municipalStaffId, role: 'MUNICIPAL_STAFF', joinedOn: '2021-03-01' });
  if (stage === 'with-members') return platform;
  await setUp(api, NAME_CO_CHAIRS, { platformId, youngActivistId, municipalStaffId, namedOn: '2021-03-15' });
  if (stage === 'co-chaired') return platform;
  await setUp(api, ACTIVATE_PLATFORM, { platformId });
  return platform;
};

/** The scope a call about the platform concerns: its municipalities (for officers) and itself (for moderators). */
const concerning = ({ platformId, municipalityIds }: PreparedPlatform) => ({ municipalityIds, platformIds: [platformId] });

export const platformsMutationExamples: Readonly<Record<string, MutationExample>> = {
  formPlatform: {
    document: FORM_PLATFORM,
    prepare: async (api, unique) => {
      await examplePartners(api);
      return {
        input: { ...formPlatformInput(`platform-${unique}`), quorum: { kind: 'MINIMUM', members: 3 } },
        // Forming commits every municipality of the platform: an officer must act for all of them.
        concerns: { municipalityIds: [...EXAMPLE_MUNICIPALITY_IDS] },
      };
    },
  },
  admitMember: {
    document: ADMIT_MEMBER,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'formed');
      await setUp(api, REGISTER_PERSON, { ...registerPersonInput(`citizen-${unique}`), name: 'Nikola Savić', sex: 'MALE', yearOfBirth: 1995 });
      return { input: { platformId: platform.platformId, personId: `citizen-${unique}`, role: 'CITIZEN', joinedOn: '2021-04-01' }, concerns: concerning(platform) };
    },
  },
  recordMemberLeft: {
    document: RECORD_MEMBER_LEFT,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'with-members');
      return {
        input: { platformId: platform.platformId, personId: platform.youngActivistId, leftOn: '2021-09-30', reason: 'Moved away to study' },
        concerns: concerning(platform),
      };
    },
  },
  nameCoChairs: {
    document: NAME_CO_CHAIRS,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'with-members');
      const { platformId, youngActivistId, municipalStaffId } = platform;
      return { input: { platformId, youngActivistId, municipalStaffId, namedOn: '2021-03-15' }, concerns: concerning(platform) };
    },
  },
  setQuorumRule: {
    document: SET_QUORUM_RULE,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'formed');
      return { input: { platformId: platform.platformId, quorum: { kind: 'SHARE', percent: 60 } }, concerns: concerning(platform) };
    },
  },
  activatePlatform: {
    document: ACTIVATE_PLATFORM,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'co-chaired');
      return { input: { platformId: platform.platformId }, concerns: concerning(platform) };
    },
  },
  recordInstitutionalisationMilestone: {
    document: RECORD_MILESTONE,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'active');
      return {
        input: {
          platformId: platform.platformId,
          milestoneId: 'funding-call-2022',
          kind: 'PUBLIC_FUNDING_CALL_INCLUDES_PRIORITIES',
          municipalityId: EXAMPLE_MUNICIPALITY_IDS[1],
          achievedOn: '2022-02-15',
          referenceNumber: '02-014-55/22',
          documentUrl: 'https://istocnonovosarajevo.example/javni-poziv-2022.pdf',
          call: { reference: 'JP-2022-01', amountMinor: 30_000_000, currency: 'BAM' },
        },
        concerns: concerning(platform),
      };
    },
  },
  markPlatformDormant: {
    document: MARK_PLATFORM_DORMANT,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'active');
      return { input: { platformId: platform.platformId, reason: 'No meeting since the local elections' }, concerns: concerning(platform) };
    },
  },
  revivePlatform: {
    document: REVIVE_PLATFORM,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'active');
      await setUp(api, MARK_PLATFORM_DORMANT, { platformId: platform.platformId, reason: 'No meeting since the local elections' });
      return { input: { platformId: platform.platformId }, concerns: concerning(platform) };
    },
  },
  closePlatform: {
    document: CLOSE_PLATFORM,
    prepare: async (api, unique) => {
      const platform = await preparePlatform(api, unique, 'formed');
      return { input: { platformId: platform.platformId, reason: 'Merged into the city-wide platform' }, concerns: concerning(platform) };
    },
  },
};
