import { Controller, Get, Headers, HttpCode, Inject, Res } from '@nestjs/common';
import { OpsRepository } from '@posture/jobs';
import type { Response } from 'express';
import { Public } from '../auth/roles.decorator.js';
import { MetricsService } from '../observability/metrics.js';

@Controller()
export class HealthController {
  constructor(
    @Inject(OpsRepository) private readonly ops: OpsRepository,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {}

  /** Alive: the process answers. It listens only after migrations, so this is also "started". */
  @Public()
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /**
   * Ready for traffic: the database answers, and with it the queue (pg-boss lives in it).
   * 503 with what is missing otherwise, so a load balancer stops sending work here.
   */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    try {
      const probe = await this.ops.probe();
      return { status: 'ready', database: 'ok', queue: probe.queue ? 'ok' : 'not started yet' };
    } catch (err) {
      res.status(503);
      return {
        status: 'not ready',
        database: `unreachable: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
  }

  /** Prometheus text format, for a scraper holding METRICS_TOKEN; off when none is set. */
  @Public()
  @Get('metrics')
  @HttpCode(200)
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response) {
    if (!this.metrics.enabled) {
      res.status(404).json({ error: 'metrics are off: set METRICS_TOKEN to turn them on' });
      return;
    }
    if (!this.metrics.authorized(authorization)) {
      res.status(401).json({ error: 'a valid metrics bearer token is required' });
      return;
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}
