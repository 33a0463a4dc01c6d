import type { RouteObject } from 'react-router';

/** The admin pages under `/app` (each refuses other roles with a "not allowed" page). */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin/users',
    lazy: async () => ({ Component: (await import('./users-page')).UsersPage }),
  },
  {
    path: 'admin/organization',
    lazy: async () => ({ Component: (await import('./organization-page')).OrganizationPage }),
  },
];
