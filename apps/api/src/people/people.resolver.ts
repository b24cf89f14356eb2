import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { notFound, type Identity } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import { getPerson, listPeople } from '@makers/people';
import type { ReadModelDatabase } from '@makers/projections';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Metadata } from '../request/command-metadata';
import { ExecutePersonCommand } from './people.commands';
import { ForgetPersonInput, PeopleArgs, RegisterPersonInput, UpdatePersonalDataInput } from './people.inputs';
import { Person, PersonConnection } from './people.types';
import { personFor, Reader } from './personal-data-readers';

@Resolver()
export class PeopleResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Person, { description: 'A person by id; a forgotten one shows as erased. Contact and year of birth only to those who keep them.' })
  async person(@Args('id', { type: () => ID }) id: string, @Reader() reader: Identity): Promise<Person> {
    const person = await getPerson(this.readModels.db, id);
    if (!person) throw notFound('PersonNotFound', `No person ${id}`);
    return personFor(reader, person);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => PersonConnection, { description: 'People in alphabetical order of their names (diacritics folded), the erased last; search by part of a name.' })
  async people(@Args() { first, after, search }: PeopleArgs, @Reader() reader: Identity): Promise<PersonConnection> {
    const page = await listPeople(this.readModels.db, { first, after, search });
    return toConnection({ ...page, nodes: page.nodes.map((person) => personFor(reader, person)) }) as PersonConnection;
  }

  @Mutation(() => Person, { description: 'Registers a person; their name, contact and year of birth are recorded only sealed with a key of their own.' })
  async registerPerson(@Args('input') input: RegisterPersonInput, @Metadata() metadata: CommandMetadata): Promise<Person> {
    const personId = input.id ?? uuidv7();
    const { name, contact, yearOfBirth, sex } = input;
    await this.commands.send(new ExecutePersonCommand({ type: 'RegisterPerson', data: { personId, sex, personal: { name, contact, yearOfBirth } } }, metadata));
    return this.person(personId, metadata.identity);
  }

  @Mutation(() => Person, { description: 'Replaces a person’s personal data; not for a forgotten person.' })
  async updatePersonalData(@Args('input') input: UpdatePersonalDataInput, @Metadata() metadata: CommandMetadata): Promise<Person> {
    const { personId, name, contact, yearOfBirth } = input;
    await this.commands.send(new ExecutePersonCommand({ type: 'UpdatePersonalData', data: { personId, personal: { name, contact, yearOfBirth } } }, metadata));
    return this.person(personId, metadata.identity);
  }

  @Mutation(() => Person, {
    description: 'Forgets a person for good: their key is erased, so their sealed data can never be opened again. Id and sex stay, and every figure with them.',
  })
  async forgetPerson(@Args('input') input: ForgetPersonInput, @Metadata() metadata: CommandMetadata): Promise<Person> {
    await this.commands.send(new ExecutePersonCommand({ type: 'ForgetPerson', data: { personId: input.personId, reason: input.reason } }, metadata));
    return this.person(input.personId, metadata.identity);
  }
}
