export * from './temporal-client.module';
export * from './namespace-setup';
export * from './payload-codec';
export * from './payload-codec.controller';
export * from './history-events';
