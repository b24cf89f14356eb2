import type { INestApplicationContext } from '@nestjs/common';
import { seedCapacity } from '../capacity/capacity.demo-seed';
import { seedMeetings } from '../meetings/meetings.demo-seed';
import { seedPeople } from '../people/people.demo-seed';
import { seedPlatforms } from '../platforms/platforms.demo-seed';
import { seedProgramme } from '../programme/programme.demo-seed';
import { DemoSeeder, type SeedSummary } from './demo-seeder';

export { SEED_IDENTITY, type SeedSummary } from './demo-seeder';

/** Each context's demo data, in the order they build on each other. */
const steps: readonly ((seeder: DemoSeeder) => Promise<void>)[] = [seedProgramme, seedPeople, seedPlatforms, seedMeetings, seedCapacity];

/** Loads the MAKERS demo data through the command bus; safe to run again (what is there is skipped). */
export const seedDemoData = async (app: INestApplicationContext): Promise<SeedSummary> => {
  const seeder = new DemoSeeder(app);
  for (const step of steps) await step(seeder);
  return seeder.summary;
};
