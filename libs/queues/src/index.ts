export * from './queue-descriptor';
export * from './queues';
export * from './outbox';
export * from './tracked-run';
export * from './queues.module';
