import type { RouteObject } from 'react-router';

/** The manager's pages under `/app` (paths relative to it), each loaded lazily. */
export const managerRoutes: RouteObject[] = [
  {
    path: 'teams',
    lazy: async () => ({ Component: (await import('./manager-home')).ManagerHome }),
  },
];
