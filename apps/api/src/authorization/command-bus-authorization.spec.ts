import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import { DomainError, identity, type Identity } from '@makers/kernel';
import type { EventStore, RecordedEvent } from '@makers/event-store';
import { APP_CONFIG, readAppConfig } from '../config/app-config';
import { EVENT_STORE } from '../infrastructure/tokens';
import { LedgerModule } from '../ledger.module';
import { ExecuteMunicipalityCommand, ExecuteProgrammeCommand } from '../programme/programme.commands';
import { commandMetadataFor } from '../request/command-metadata';

/**
 * The CLI boots the ledger without its HTTP face (LedgerModule as an application context) and sends commands through
 * the bus, as `makers seed` does: no resolver, no guard. The policies still hold, because they are checked where
 * commands are handled.
 */
describe('commands sent through the bus, as the CLI sends them', () => {
  let dataDir: string;
  let ledger: TestingModule;
  let store: EventStore;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'makers-bus-'));
    ledger = await Test.createTestingModule({ imports: [LedgerModule] })
      .overrideProvider(APP_CONFIG)
      .useValue({ ...readAppConfig({}), dataDir, seedDemoData: false })
      .compile();
    await ledger.init();
    store = ledger.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await ledger.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const allEvents = async () => {
    const events: RecordedEvent[] = [];
    for (let page = await store.readAll({ maxCount: 1000 }); page.length > 0; page = await store.readAll({ after: page[page.length - 1].position, maxCount: 1000 })) {
      events.push(...page);
    }
    return events;
  };

  const send = (message: (metadata: ReturnType<typeof commandMetadataFor>) => object, who: Identity) =>
    ledger.get(CommandBus).execute(message(commandMetadataFor(who)));

  /** Sends as `who`, expects the refusal, and proves the store did not move. */
  const refused = async (message: (metadata: ReturnType<typeof commandMetadataFor>) => object, who: Identity) => {
    const before = (await allEvents()).length;
    const error: unknown = await send(message, who).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect((await allEvents()).length).toBe(before);
    return error;
  };

  const trebinje = { municipalityId: 'trebinje', name: 'Trebinje', nameCyrillic: 'Требиње', entity: 'RS' as const };
  const registerTrebinje = (metadata: ReturnType<typeof commandMetadataFor>) =>
    new ExecuteMunicipalityCommand({ type: 'RegisterMunicipality', data: trebinje }, metadata);

  it('refuses a command from an identity without the role, FORBIDDEN, and appends nothing', async () => {
    const error = await refused(registerTrebinje, identity('cli:someone', []));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NotPermitted', message: 'cli:someone (no role) may not RegisterMunicipality' });
  });

  it('refuses a donor auditor, who only reads', async () => {
    const auditor = identity('cli:auditor', ['donor-auditor']);
    expect(await refused(registerTrebinje, auditor)).toMatchObject({ code: 'FORBIDDEN', rule: 'NotPermitted' });
  });

  it('refuses a municipal officer, even of the municipality concerned', async () => {
    const officer = identity('cli:officer', ['municipal-officer'], { municipalityIds: ['trebinje'] });
    expect(await refused(registerTrebinje, officer)).toMatchObject({ code: 'FORBIDDEN', rule: 'NotPermitted' });
  });

  it('accepts the same command from an administrator, and then refuses a partnership asked by an applicant', async () => {
    const administrator = identity('cli:administrator', ['administrator']);
    await send(registerTrebinje, administrator);
    await send(
      (metadata) =>
        new ExecuteProgrammeCommand(
          {
            type: 'RegisterProgramme',
            data: {
              programmeId: 'makers',
              name: 'MAKERS',
              donor: 'UNDP',
              budgetEnvelope: { amountMinor: 42_500_000, currency: 'USD' },
              startsOn: '2020-03-01',
              endsOn: '2023-03-31',
              targets: [],
            },
          },
          metadata,
        ),
      administrator,
    );
    expect((await allEvents()).map((event) => event.type)).toEqual(['MunicipalityRegistered', 'ProgrammeRegistered']);

    const applicant = identity('cli:applicant', ['applicant']);
    const error = await refused(
      (metadata) => new ExecuteProgrammeCommand({ type: 'AddPartnerMunicipality', data: { programmeId: 'makers', municipalityId: 'trebinje' } }, metadata),
      applicant,
    );
    expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NotPermitted', message: 'cli:applicant (applicant) may not AddPartnerMunicipality' });
  });
});
