import { Module } from '@nestjs/common';

/**
 * The calls context over GraphQL: calls and their award (call.*), proposals (proposals.*), ballots (ballots.*), and the
 * award → co-financing process (award.*). One provider a line, so each part registers its own with a one-line edit.
 */
@Module({
  providers: [
  ],
})
export class CallsModule {}
