/** The server-rendered public job page (served outside Nest's router, see create-app). */
export { registerJobPage } from './job-page.routes';
