import { identity } from '@makers/kernel';
import { makersPlatforms, makersTrainings, makersVolunteerHours } from '@makers/demo-data';
import type { DemoSeeder } from '../demo/demo-seeder';
import { ExecuteTrainingCommand, ExecuteVolunteeringCommand, type TrainingRequest, type VolunteeringRequest } from './capacity.commands';

/** The moderator who reviews a platform's volunteer hours: not the seed, which logged them (four eyes). */
const moderatorOf = (platformId: string) => {
  const moderator = makersPlatforms.find((platform) => platform.platformId === platformId)?.members.find((member) => member.role === 'moderator');
  if (!moderator) throw new Error(`The demo platform ${platformId} has no moderator`);
  return identity(`demo:${moderator.personId}`, ['platform-moderator'], { platformIds: [platformId] });
};

/** Trainings with their participants, and volunteer hours logged, then verified or rejected by the platform's moderator. */
export const seedCapacity = async (seeder: DemoSeeder): Promise<void> => {
  const train = (request: TrainingRequest) => seeder.send((metadata) => new ExecuteTrainingCommand(request, metadata));
  for (const training of makersTrainings) {
    const { trainingId } = training;
    const { title, topics, audience, startsOn, endsOn, municipalityIds } = training;
    await train({ type: 'ScheduleTraining', data: { trainingId, title, topics: [...topics], audience, startsOn, endsOn, municipalityIds: [...municipalityIds] } });
    for (const personId of training.participants) await train({ type: 'EnrolParticipant', data: { trainingId, personId } });
    await train({ type: 'RecordTrainingHeld', data: { trainingId, heldOn: training.heldOn, attended: [...training.attended] } });
    await train({ type: 'RecordCompletion', data: { trainingId, personIds: [...training.completed] } });
  }

  for (const entry of makersVolunteerHours) {
    const { entryId, personId, on, minutes, platformId, activity, outcome } = entry;
    const volunteer = (request: VolunteeringRequest, as = seeder.send.bind(seeder)) => as((metadata) => new ExecuteVolunteeringCommand(request, metadata));
    await volunteer({ type: 'LogVolunteerHours', data: { entryId, personId, on, minutes, platformId, activity } });
    if (outcome === 'pending') continue;
    const review = (message: Parameters<DemoSeeder['send']>[0]) => seeder.sendAs(moderatorOf(platformId), message);
    await volunteer(
      outcome === 'verified' ? { type: 'VerifyVolunteerHours', data: { personId, entryId } } : { type: 'RejectVolunteerHours', data: { personId, entryId, reason: outcome.rejected } },
      review,
    );
  }
};
