export * from './job-role-profile.types';
export { validateJobRoleProfile, assertValidJobRoleProfile } from './validate-job-role-profile';
