import type { RouteObject } from 'react-router';

/** The manager's pages under `/app` (paths relative to it), each loaded lazily. */
export const managerRoutes: RouteObject[] = [
  {
    path: 'teams',
    lazy: async () => ({ Component: (await import('./team-list-page')).TeamListPage }),
  },
  {
    path: 'teams/:teamId',
    lazy: async () => ({ Component: (await import('./team-page')).TeamPage }),
  },
  {
    path: 'teams/:teamId/map',
    lazy: async () => ({ Component: (await import('./role-map-page')).RoleMapPage }),
  },
  {
    path: 'teams/:teamId/print',
    lazy: async () => ({ Component: (await import('./print-page')).PrintPage }),
  },
];
