import { makersPeople } from '@makers/demo-data';
import type { DemoSeeder } from '../demo/demo-seeder';
import { ExecutePersonCommand } from './people.commands';

/** Everyone on the demo platforms; their names, contacts and years of birth are sealed like anyone's. */
export const seedPeople = async (seeder: DemoSeeder): Promise<void> => {
  for (const { personId, sex, name, yearOfBirth, contact } of makersPeople) {
    await seeder.send((metadata) => new ExecutePersonCommand({ type: 'RegisterPerson', data: { personId, sex, personal: { name, yearOfBirth, contact } } }, metadata));
  }
};
