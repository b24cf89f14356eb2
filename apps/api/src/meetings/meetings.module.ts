import { Module } from '@nestjs/common';

/** Platform meetings with attendance, and the decision register with its priorities. */
@Module({ providers: [] })
export class MeetingsModule {}
