import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { OpenRoute } from './open-route';
import type { Response } from 'express';
import { HEALTH_REPORTER, type HealthReporter } from './health.reporter';

@ApiExcludeController()
// Probes and scrapers call without credentials; they reveal no business data.
@OpenRoute()
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_REPORTER) private readonly reporter: HealthReporter) {}

  /** Readiness with each dependency's state: 200 when all are up, 503 otherwise. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const report = await this.reporter.report();
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    return this.health(res);
  }

  /** Liveness: the process answers; dependencies are not consulted. */
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
