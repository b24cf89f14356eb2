import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldStream, handleCommand, type EventStore, type HandledCommand } from '@makers/event-store';
import { platformDecider, platformPolicy, platformStreamName, type KnownPerson, type PlatformCommand, type PlatformEvent } from '@makers/platforms';
import { knownMunicipality, municipalityDecider, municipalityStreamName, type KnownMunicipality } from '@makers/programme';
import { EVENT_STORE } from '../infrastructure/tokens';
import { PERSON_LOOKUP, type PersonLookup } from '../people/person-lookup';
import { readProgrammePartners } from '../programme/programme-partners';
import { DEFAULT_PROGRAMME_ID, ExecutePlatformCommand, type PlatformRequest } from './platforms.commands';

@CommandHandler(ExecutePlatformCommand)
export class PlatformCommandHandler implements ICommandHandler<ExecutePlatformCommand, HandledCommand<PlatformEvent>> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSON_LOOKUP) private readonly people: PersonLookup,
  ) {}

  async execute({ request, metadata }: ExecutePlatformCommand): Promise<HandledCommand<PlatformEvent>> {
    const command = await this.complete(request);
    const target = { streamName: platformStreamName(command.data.platformId), decider: platformDecider, policy: platformPolicy };
    return handleCommand(this.store, target, command, metadata);
  }

  /** Adds the snapshots the decider needs from other aggregates' streams; the decider decides what they mean. */
  private async complete(request: PlatformRequest): Promise<PlatformCommand> {
    switch (request.type) {
      case 'FormPlatform': {
        const { programmeId = DEFAULT_PROGRAMME_ID, ...data } = request.data;
        const municipalityIds = Array.isArray(data.municipalityIds) ? data.municipalityIds : [];
        const [municipalities, partnerIds] = await Promise.all([Promise.all(municipalityIds.map((id) => this.municipality(id))), this.partnersOf(programmeId)]);
        return { type: 'FormPlatform', data: { ...data, municipalities, partnerIds } };
      }
      case 'AdmitMember':
        return { type: 'AdmitMember', data: { ...request.data, person: await this.person(request.data.personId) } };
      default:
        return request;
    }
  }

  private async municipality(municipalityId: string): Promise<KnownMunicipality | null> {
    return knownMunicipality(await foldStream(this.store, municipalityStreamName(municipalityId), municipalityDecider));
  }

  /** The programme's current partners; none when no such programme is registered (forming is then refused). */
  private async partnersOf(programmeId: string): Promise<string[]> {
    return (await readProgrammePartners(this.store, programmeId)) ?? [];
  }

  /** A forgotten person is no longer one to admit: their data is erased, so they count as not registered. */
  private async person(personId: string): Promise<KnownPerson | null> {
    const facts = await this.people.find(personId);
    return facts && !facts.forgotten ? { personId: facts.personId, sex: facts.sex } : null;
  }
}
