import { Module } from '@nestjs/common';

/** People: persons whose personal data is sealed per person, and forgetting them. */
@Module({ providers: [] })
export class PeopleModule {}
