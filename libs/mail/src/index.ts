export * from './templates';
export * from './render';
export * from './secret-box';
export * from './enqueue-mail';
