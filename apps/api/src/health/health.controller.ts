import { Controller, Get, Inject, Res } from '@nestjs/common';
import { sql } from 'kysely';
import type { EventStore } from '@makers/event-store';
import type { ReadModelDatabase } from '@makers/projections';
import { Public } from '../auth/request-identity';
import { EVENT_STORE, READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { answersWithin, type Check } from './readiness-check';

/** For orchestrators: `/health` says the process is up (liveness); `/health/ready` that its stores answer (readiness). */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  @Public()
  @Get()
  health() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: { status(code: number): unknown }) {
    const [eventStore, readModels] = await Promise.all([
      answersWithin(() => this.store.headPosition()),
      answersWithin(() => sql`select 1`.execute(this.readModels.db)),
    ]);
    const checks: Record<string, Check> = { eventStore, readModels };
    const ready = Object.values(checks).every((check) => check === 'up');
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'unavailable', checks };
  }
}
