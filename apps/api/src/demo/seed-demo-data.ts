import type { INestApplicationContext } from '@nestjs/common';
import type { EventStore } from '@makers/event-store';
import { ProjectionRunnerService } from '../infrastructure/projection-runner.service';
import { EVENT_STORE } from '../infrastructure/tokens';
import { seedCalls } from '../calls/calls.demo-seed';
import { seedCapacity } from '../capacity/capacity.demo-seed';
import { seedCofinancing } from '../cofinancing/cofinancing.demo-seed';
import { seedMeetings } from '../meetings/meetings.demo-seed';
import { seedPeople } from '../people/people.demo-seed';
import { seedPlatforms } from '../platforms/platforms.demo-seed';
import { seedProgramme } from '../programme/programme.demo-seed';
import { DemoSeeder, type SeedSummary } from './demo-seeder';

export { SEED_IDENTITY, type SeedSummary } from './demo-seeder';

/** Each context's demo data, in the order they build on each other. */
const steps: readonly ((seeder: DemoSeeder) => Promise<void>)[] = [seedProgramme, seedPeople, seedPlatforms, seedMeetings, seedCapacity, seedCalls, seedCofinancing];

/**
 * Waits until the read models include everything, also what process managers appended in reaction to the seed (the
 * award's initiatives): until the store's head stops moving and the projections have reached it.
 */
const settle = async (app: INestApplicationContext): Promise<void> => {
  const store = app.get<EventStore>(EVENT_STORE);
  const projections = app.get(ProjectionRunnerService);
  for (let head = await store.headPosition(), previous = -1; head !== previous; previous = head, head = await store.headPosition()) {
    await projections.waitForPosition(head);
  }
};

/** Loads the MAKERS demo data through the command bus; safe to run again (what is there is skipped). */
export const seedDemoData = async (app: INestApplicationContext): Promise<SeedSummary> => {
  const seeder = new DemoSeeder(app);
  for (const step of steps) await step(seeder);
  await settle(app);
  return seeder.summary;
};
