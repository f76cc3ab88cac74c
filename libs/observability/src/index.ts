export * from './health.reporter';
export * from './health.module';
export * from './health.controller';
export * from './correlation-context';
export * from './json-logger';
export * from './metrics';
export * from './metrics.controller';
export * from './open-route';
