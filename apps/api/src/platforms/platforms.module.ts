import { Module } from '@nestjs/common';

/** Local dialogue platforms: formation, members, co-chairs, quorum, states, institutionalisation. */
@Module({ providers: [] })
export class PlatformsModule {}
