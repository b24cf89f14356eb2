import type { Policy } from '@makers/kernel';
import { platformStewards } from '../platform/platform.permissions';
import type { DecisionRegisterCommand } from './decision-register.commands';
import type { DecisionRegister } from './decision-register.decider';

/** Scoped by the platform, and by the municipalities its meeting's stream recorded. */
export const decisionRegisterPolicy: Policy<DecisionRegisterCommand, DecisionRegister> = {
  RecordDecision: platformStewards((command) => ({
    platformId: command.data.platformId,
    municipalityIds: command.data.meeting?.status === 'unscheduled' || command.data.meeting?.platformId !== command.data.platformId ? [] : command.data.meeting.municipalityIds,
  })),
};
