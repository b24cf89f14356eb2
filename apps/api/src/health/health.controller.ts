import { Controller, Get } from '@nestjs/common';

/** For orchestrators: the process is up and serving. */
@Controller('health')
export class HealthController {
  @Get()
  health() {
    return { status: 'ok' };
  }
}
