/** The demo organisation: its roles, team, logins and seeding. */
export { DEMO_PASSWORD, DEMO_ROLES, DEMO_USERS } from './demo-roles';
export { seedDemo } from './seed-demo';
