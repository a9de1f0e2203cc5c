import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/roles.decorator.js';

@Controller('health')
export class HealthController {
  /** Answers only once the app listens, which is after migrations: 200 means ready. */
  @Public()
  @Get()
  health() {
    return { status: 'ok' };
  }
}
