import type { CommandMetadata } from '@makers/event-store';
import type { AddPartnerMunicipality, MunicipalityCommand, ProgrammeCommand } from '@makers/programme';

/** A programme command as callers send it: the handler itself looks up the municipality a partnership names. */
export type ProgrammeRequest =
  | Exclude<ProgrammeCommand, AddPartnerMunicipality>
  | { type: 'AddPartnerMunicipality'; data: Omit<AddPartnerMunicipality['data'], 'municipality'> };

/**
 * One bus message per aggregate: it carries the domain command (a discriminated union) and its metadata, so every
 * entry point (GraphQL, the CLI's seed) goes through the same handler and the same rules.
 */
export class ExecuteProgrammeCommand {
  constructor(
    readonly request: ProgrammeRequest,
    readonly metadata: CommandMetadata,
  ) {}
}

export class ExecuteMunicipalityCommand {
  constructor(
    readonly command: MunicipalityCommand,
    readonly metadata: CommandMetadata,
  ) {}
}
