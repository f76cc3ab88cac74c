export * from './outbox-message.entity';
export * from './inbox-record.entity';
export * from './service-data-source';
export * from './persistence.module';
export * from './outbox-inbox.migration-steps';
