export * from './forbidden-topics';
export * from './stages';
export * from './profile-words';
export * from './default-privacy-notice';
