import type { INestApplicationContext } from '@nestjs/common';
import { DomainError, identity } from '@makers/kernel';
import { makersMunicipalities, makersPartnerMunicipalityIds, makersProgramme } from '@makers/demo-data';
import { CommandSender } from '../commands/command-sender';
import { ExecuteMunicipalityCommand, ExecuteProgrammeCommand } from '../programme/programme.commands';
import { commandMetadataFor } from '../request/command-metadata';

export interface SeedSummary {
  applied: number;
  /** Commands the ledger refused as already done: the demo data was there. */
  skipped: number;
}

/** The demo data is recorded under its own identity, so auditors can tell it from real entries. */
export const SEED_IDENTITY = identity('system:demo-seed', ['administrator']);

/**
 * Loads the MAKERS programme and its 14 partner municipalities through the command bus, like any other client, so
 * every rule applies. Idempotent: what is already there is refused as a conflict and counted as skipped.
 */
export const seedDemoData = async (app: INestApplicationContext): Promise<SeedSummary> => {
  const commands = app.get(CommandSender);
  const correlation = commandMetadataFor(SEED_IDENTITY).correlationId;
  const summary: SeedSummary = { applied: 0, skipped: 0 };
  const send = async (message: (metadata: ReturnType<typeof commandMetadataFor>) => object) => {
    try {
      await commands.send(message({ ...commandMetadataFor(SEED_IDENTITY), correlationId: correlation }));
      summary.applied++;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
      summary.skipped++;
    }
  };

  await send((metadata) => new ExecuteProgrammeCommand({ type: 'RegisterProgramme', data: makersProgramme }, metadata));
  for (const municipality of makersMunicipalities) {
    await send((metadata) => new ExecuteMunicipalityCommand({ type: 'RegisterMunicipality', data: municipality }, metadata));
  }
  for (const municipalityId of makersPartnerMunicipalityIds) {
    await send(
      (metadata) => new ExecuteProgrammeCommand({ type: 'AddPartnerMunicipality', data: { programmeId: makersProgramme.programmeId, municipalityId } }, metadata),
    );
  }
  return summary;
};
