import { anyOf, either, roleForMunicipality, type Policy } from '@makers/kernel';
import type { FormPlatform, PlatformCommand } from './platform.commands';
import { platformStewards, type PlatformScope } from './platform.permissions';
import { municipalityIdsOf, type Platform } from './platform.state';

/** The platform as its stream knows it; the municipalities come from state, never from what the command claims. */
const scope = (command: { data: { platformId: string } }, state: Platform): PlatformScope => ({
  platformId: command.data.platformId,
  municipalityIds: municipalityIdsOf(state),
});

const stewards = platformStewards(scope);

export const platformPolicy: Policy<PlatformCommand, Platform> = {
  // Forming commits every municipality: an officer must act for all of them.
  FormPlatform: either(
    anyOf('programme-manager', 'administrator'),
    roleForMunicipality('municipal-officer', (command: FormPlatform) => command.data.municipalityIds),
  ),
  AdmitMember: stewards,
  RecordMemberLeft: stewards,
  NameCoChairs: stewards,
  SetQuorumRule: stewards,
  ActivatePlatform: stewards,
  RecordInstitutionalisationMilestone: stewards,
  MarkPlatformDormant: stewards,
  RevivePlatform: stewards,
  ClosePlatform: stewards,
};
