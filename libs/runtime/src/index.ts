export * from './bootstrap-app';
export * from './health-checks';
export * from './service-module';
export * from './audit-trail';
