import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/request-identity';

/** For orchestrators: the process is up and serving. */
@Controller('health')
export class HealthController {
  @Public()
  @Get()
  health() {
    return { status: 'ok' };
  }
}
