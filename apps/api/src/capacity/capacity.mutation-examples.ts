import type { ApiHarness } from '../testing/api-harness';
import { setUp, type MutationExample } from '../testing/mutation-examples';
import { REGISTER_PERSON, registerPersonInput } from '../people/people.mutation-examples';
import { ADD_PARTNER, REGISTER_MUNICIPALITY, REGISTER_PROGRAMME, registerMunicipalityInput, registerProgrammeInput } from '../programme/programme.mutation-examples';

/** Valid calls of the capacity context's mutations, for the matrices and the bad-input properties; what a seed sends too. */

export const SCHEDULE_TRAINING = 'mutation ($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }';
export const ENROL_PARTICIPANT = 'mutation ($input: EnrolParticipantInput!) { enrolParticipant(input: $input) { id } }';
export const RECORD_TRAINING_HELD = 'mutation ($input: RecordTrainingHeldInput!) { recordTrainingHeld(input: $input) { id } }';
export const RECORD_COMPLETION = 'mutation ($input: RecordCompletionInput!) { recordCompletion(input: $input) { id } }';
export const LOG_VOLUNTEER_HOURS = 'mutation ($input: LogVolunteerHoursInput!) { logVolunteerHours(input: $input) { entryId } }';
export const VERIFY_VOLUNTEER_HOURS = 'mutation ($input: VerifyVolunteerHoursInput!) { verifyVolunteerHours(input: $input) { entryId status } }';
export const REJECT_VOLUNTEER_HOURS = 'mutation ($input: RejectVolunteerHoursInput!) { rejectVolunteerHours(input: $input) { entryId status } }';
export const FORM_PLATFORM = 'mutation ($input: FormPlatformInput!) { formPlatform(input: $input) { id } }';

/** An advocacy and leadership training for young activists, in May 2021. */
export const scheduleTrainingInput = (id: string, municipalityIds = ['travnik', 'novi-travnik']) => ({
  id,
  title: 'Zagovaranje i liderstvo za mlade aktiviste',
  topics: ['ADVOCACY', 'LEADERSHIP'],
  audience: 'YOUNG_ACTIVISTS',
  startsOn: '2021-05-14',
  endsOn: '2021-05-15',
  municipalityIds,
});

export const logVolunteerHoursInput = (entryId: string, personId: string, platformId: string) => ({
  entryId,
  personId,
  on: '2021-06-05',
  minutes: 150,
  platformId,
  activity: 'Čišćenje obale Miljacke s članovima platforme',
});

/**
 * A formed platform of one partner municipality (`municipality-<unique>`), for hours to go to: a programme, the
 * municipality, the partnership, then the platform, each as an administrator.
 */
export const formPlatformForHours = async (api: ApiHarness, unique: string, platformId = `platform-${unique}`): Promise<string> => {
  await setUp(api, REGISTER_PROGRAMME, registerProgrammeInput(`programme-${unique}`));
  await setUp(api, REGISTER_MUNICIPALITY, registerMunicipalityInput(`municipality-${unique}`));
  await setUp(api, ADD_PARTNER, { programmeId: `programme-${unique}`, municipalityId: `municipality-${unique}` });
  await setUp(api, FORM_PLATFORM, { id: platformId, name: 'Platforma mladih Istočno Novo Sarajevo', municipalityIds: [`municipality-${unique}`], programmeId: `programme-${unique}` });
  return platformId;
};

/** A training with one registered participant enrolled, as an administrator. */
const trainingWithParticipant = async (api: ApiHarness, unique: string) => {
  await setUp(api, SCHEDULE_TRAINING, scheduleTrainingInput(`training-${unique}`));
  await setUp(api, REGISTER_PERSON, registerPersonInput(`person-${unique}`));
  await setUp(api, ENROL_PARTICIPANT, { trainingId: `training-${unique}`, personId: `person-${unique}` });
};

/**
 * Hours logged for a platform by a programme manager, so that anyone else allowed, administrators included, may vouch
 * for them: whoever logged hours may not verify them.
 */
const loggedHours = async (api: ApiHarness, unique: string) => {
  const platformId = await formPlatformForHours(api, unique);
  const input = logVolunteerHoursInput(`entry-${unique}`, `person-${unique}`, platformId);
  const response = await api.graphql(LOG_VOLUNTEER_HOURS, { input }, { as: 'programme-manager' });
  if (response.errors?.length) throw new Error(`Setup failed: ${JSON.stringify(response.errors)}`);
  return { personId: `person-${unique}`, entryId: `entry-${unique}`, platformId };
};

export const capacityMutationExamples: Readonly<Record<string, MutationExample>> = {
  scheduleTraining: {
    document: SCHEDULE_TRAINING,
    prepare: async (_, unique) => ({ input: scheduleTrainingInput(`training-${unique}`) }),
  },
  enrolParticipant: {
    document: ENROL_PARTICIPANT,
    prepare: async (api, unique) => {
      await setUp(api, SCHEDULE_TRAINING, scheduleTrainingInput(`training-${unique}`));
      await setUp(api, REGISTER_PERSON, registerPersonInput(`person-${unique}`));
      return { input: { trainingId: `training-${unique}`, personId: `person-${unique}` } };
    },
  },
  recordTrainingHeld: {
    document: RECORD_TRAINING_HELD,
    prepare: async (api, unique) => {
      await trainingWithParticipant(api, unique);
      return { input: { trainingId: `training-${unique}`, heldOn: '2021-05-15', attended: [`person-${unique}`] } };
    },
  },
  recordCompletion: {
    document: RECORD_COMPLETION,
    prepare: async (api, unique) => {
      await trainingWithParticipant(api, unique);
      await setUp(api, RECORD_TRAINING_HELD, { trainingId: `training-${unique}`, heldOn: '2021-05-15', attended: [`person-${unique}`] });
      return { input: { trainingId: `training-${unique}`, personIds: [`person-${unique}`] } };
    },
  },
  logVolunteerHours: {
    document: LOG_VOLUNTEER_HOURS,
    prepare: async (api, unique) => {
      const platformId = await formPlatformForHours(api, unique);
      return { input: logVolunteerHoursInput(`entry-${unique}`, `person-${unique}`, platformId), concerns: { platformIds: [platformId] } };
    },
  },
  verifyVolunteerHours: {
    document: VERIFY_VOLUNTEER_HOURS,
    prepare: async (api, unique) => {
      const { personId, entryId, platformId } = await loggedHours(api, unique);
      return { input: { personId, entryId }, concerns: { platformIds: [platformId] } };
    },
  },
  rejectVolunteerHours: {
    document: REJECT_VOLUNTEER_HOURS,
    prepare: async (api, unique) => {
      const { personId, entryId, platformId } = await loggedHours(api, unique);
      return { input: { personId, entryId, reason: 'Akcija je odgođena zbog kiše' }, concerns: { platformIds: [platformId] } };
    },
  },
};
