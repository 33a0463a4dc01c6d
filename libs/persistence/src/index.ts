export * from './entities';
export * from './entity-list';
export * from './data-source-options';
export * from './run-migrations';
export * from './query-rows';
export * from './listen';
export * from './repositories';
export * from './persistence.module';
