import { makersMunicipalities, makersPartnerMunicipalityIds, makersProgramme } from '@makers/demo-data';
import type { DemoSeeder } from '../demo/demo-seeder';
import { ExecuteMunicipalityCommand, ExecuteProgrammeCommand } from './programme.commands';

/** The MAKERS programme and its 14 partner municipalities. */
export const seedProgramme = async (seeder: DemoSeeder): Promise<void> => {
  await seeder.send((metadata) => new ExecuteProgrammeCommand({ type: 'RegisterProgramme', data: makersProgramme }, metadata));
  for (const municipality of makersMunicipalities) {
    await seeder.send((metadata) => new ExecuteMunicipalityCommand({ type: 'RegisterMunicipality', data: municipality }, metadata));
  }
  for (const municipalityId of makersPartnerMunicipalityIds) {
    await seeder.send(
      (metadata) => new ExecuteProgrammeCommand({ type: 'AddPartnerMunicipality', data: { programmeId: makersProgramme.programmeId, municipalityId } }, metadata),
    );
  }
};
