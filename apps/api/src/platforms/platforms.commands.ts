import type { CommandMetadata } from '@makers/event-store';
import type { AdmitMember, FormPlatform, PlatformCommand } from '@makers/platforms';

/**
 * A platform command as callers send it (GraphQL, the demo seed): the handler itself looks up what other aggregates
 * know (the municipalities and the programme's partners for forming, the person for admitting).
 */
export type PlatformRequest =
  | Exclude<PlatformCommand, FormPlatform | AdmitMember>
  | {
      type: 'FormPlatform';
      data: Omit<FormPlatform['data'], 'municipalities' | 'partnerIds'> & {
        /** Whose partner municipalities these must be; 'makers' when not given. */
        programmeId?: string;
      };
    }
  | { type: 'AdmitMember'; data: Omit<AdmitMember['data'], 'person'> };

/** One bus message for the platform aggregate: the request and its metadata. */
export class ExecutePlatformCommand {
  constructor(
    readonly request: PlatformRequest,
    readonly metadata: CommandMetadata,
  ) {}
}

/** The programme a platform's municipalities must be partners of, when the caller names none. */
export const DEFAULT_PROGRAMME_ID = 'makers';
