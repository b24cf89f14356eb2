import { makersPlatforms } from '@makers/demo-data';
import type { DemoSeeder } from '../demo/demo-seeder';
import { ExecutePlatformCommand, type PlatformRequest } from './platforms.commands';

/** The demo platforms: formed, their members admitted, co-chairs named, activated, and their milestones. */
export const seedPlatforms = async (seeder: DemoSeeder): Promise<void> => {
  const send = (request: PlatformRequest) => seeder.send((metadata) => new ExecutePlatformCommand(request, metadata));
  for (const platform of makersPlatforms) {
    const { platformId } = platform;
    await send({ type: 'FormPlatform', data: { platformId, name: platform.name, municipalityIds: [...platform.municipalityIds] } });
    for (const member of platform.members) await send({ type: 'AdmitMember', data: { platformId, ...member } });
    await send({ type: 'NameCoChairs', data: { platformId, ...platform.coChairs } });
    await send({ type: 'ActivatePlatform', data: { platformId } });
    for (const milestone of platform.milestones) await send({ type: 'RecordInstitutionalisationMilestone', data: { platformId, ...milestone } });
  }
};
