export * from './health.reporter';
export * from './health.module';
export * from './health.controller';
