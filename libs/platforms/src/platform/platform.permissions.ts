import { anyOf, either, roleForMunicipality, roleForPlatform, type Permission } from '@makers/kernel';

/** What a command concerns, for scoping: the platform, and that platform's municipalities. */
export type PlatformScope = { platformId: string | undefined; municipalityIds: readonly string[] };

/**
 * Those who run a platform's business (members, co-chairs, quorum, states, milestones, meetings, decisions):
 * programme managers and administrators; a municipal officer of one of its municipalities (one is enough: an
 * inter-entity platform is run by officers of both sides); a platform moderator of that very platform.
 */
export const platformStewards = <Command, State>(scopeOf: (command: Command, state: State) => PlatformScope): Permission<Command, State> =>
  either<Command, State>(
    anyOf('programme-manager', 'administrator'),
    // The kernel's municipality scope asks for all the ids it is given; asked one municipality at a time, one suffices.
    (who, command, state) =>
      scopeOf(command, state).municipalityIds.some((municipalityId) =>
        roleForMunicipality<Command, State>('municipal-officer', () => municipalityId)(who, command, state),
      ),
    roleForPlatform<Command, State>('platform-moderator', (command, state) => scopeOf(command, state).platformId),
  );
