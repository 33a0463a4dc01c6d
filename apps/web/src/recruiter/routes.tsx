import type { RouteObject } from 'react-router';

/** The recruiter's pages under `/app` (paths relative to it), each loaded lazily. */
export const recruiterRoutes: RouteObject[] = [
  {
    path: 'recruiting',
    lazy: async () => ({ Component: (await import('./recruiter-home')).RecruiterHome }),
  },
];
