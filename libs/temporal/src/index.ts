export * from './temporal-client.module';
export * from './namespace-setup';
