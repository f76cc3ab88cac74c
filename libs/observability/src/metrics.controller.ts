import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { OpenRoute } from './open-route';
import { metricsRegistry, metricsText } from './metrics';

/** Prometheus scrape endpoint of every app. */
@ApiExcludeController()
// Probes and scrapers call without credentials; they reveal no business data.
@OpenRoute()
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsText();
  }
}
