import { Module } from '@nestjs/common';
import { PlatformCommandHandler } from './platforms.handlers';
import { PlatformPeople } from './platform-people';
import { PlatformsResolver } from './platforms.resolver';

/** Local dialogue platforms: formation, members, co-chairs, quorum, states, institutionalisation. */
@Module({ providers: [PlatformCommandHandler, PlatformsResolver, PlatformPeople] })
export class PlatformsModule {}
