export * from './errors';
export * from './fit/fit';
