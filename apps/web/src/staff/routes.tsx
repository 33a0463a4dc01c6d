import type { RouteObject } from 'react-router';
import { adminRoutes } from '../admin/routes';
import { managerRoutes } from '../manager/routes';
import { recruiterRoutes } from '../recruiter/routes';

/**
 * `/app/…`: the staff workspace. Its layout and each area's pages load lazily, so none of
 * this code reaches a candidate. Recruiter and manager pages register in their own
 * `routes.tsx` with paths relative to `/app`.
 */
export const staffRoutes: RouteObject[] = [
  {
    path: 'app',
    lazy: async () => ({ Component: (await import('./staff-layout')).StaffLayout }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./staff-home')).StaffHome }),
      },
      ...recruiterRoutes,
      ...managerRoutes,
      ...adminRoutes,
    ],
  },
];
