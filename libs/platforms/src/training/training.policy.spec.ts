import { authorize, identity, ROLES, type Identity } from '@makers/kernel';
import type { TrainingCommand } from './training.commands';
import { trainingDecider } from './training.decider';
import { trainingPolicy } from './training.policy';

const commands: TrainingCommand[] = [
  {
    type: 'ScheduleTraining',
    data: {
      trainingId: 'bijeljina-moderation-2021',
      title: 'Moderacija platformi',
      topics: ['platform-moderation'],
      audience: 'municipal-staff',
      startsOn: '2021-09-20',
      endsOn: '2021-09-20',
      municipalityIds: ['bijeljina'],
    },
  },
  { type: 'EnrolParticipant', data: { trainingId: 'bijeljina-moderation-2021', personId: 'marko-jovanovic', person: null } },
  { type: 'RecordTrainingHeld', data: { trainingId: 'bijeljina-moderation-2021', heldOn: '2021-09-20', attended: [] } },
  { type: 'RecordCompletion', data: { trainingId: 'bijeljina-moderation-2021', personIds: ['marko-jovanovic'] } },
];

const allowed = (who: Identity, command: TrainingCommand): boolean => {
  try {
    authorize(trainingPolicy, command, trainingDecider.initialState, who);
    return true;
  } catch (error) {
    expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NotPermitted' });
    return false;
  }
};

describe.each(commands.map((command) => [command.type, command] as const))('who may %s', (_, command) => {
  it('lets only programme managers and administrators', () =>
    expect(ROLES.filter((role) => allowed(identity(`user:${role}`, [role]), command))).toEqual(['programme-manager', 'administrator']));

  it('refuses the municipal officer of Bijeljina, even for a training of Bijeljina’s staff', () =>
    expect(allowed(identity('officer:bijeljina', ['municipal-officer'], { municipalityIds: ['bijeljina'] }), command)).toBe(false));
});
