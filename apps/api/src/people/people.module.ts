import { Global, Module } from '@nestjs/common';
import { PersonCommandHandler } from './people.handlers';
import { PeopleResolver } from './people.resolver';
import { PERSON_LOOKUP } from './person-lookup';
import { VaultPersonLookup } from './vault-person-lookup';

/**
 * People: persons whose personal data is sealed per person, and forgetting them. Global, so that the handlers of
 * other contexts (members, attendance, enrolment) inject PERSON_LOOKUP without importing it.
 */
@Global()
@Module({
  providers: [PersonCommandHandler, PeopleResolver, { provide: PERSON_LOOKUP, useClass: VaultPersonLookup }],
  exports: [PERSON_LOOKUP],
})
export class PeopleModule {}
