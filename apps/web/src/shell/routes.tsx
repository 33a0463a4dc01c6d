import type { RouteObject } from 'react-router';
import { candidateRoutes } from '../candidate/routes';
import { jobPageRoutes } from '../job-page/routes';
import { staffRoutes } from '../staff/routes';
import { ErrorPage, HomePage, NotFoundPage } from './pages';
import { Shell } from './shell';

/**
 * The whole route tree. Each area registers its own routes in `<area>/routes.tsx` (lazily
 * loaded, so one area's code never ships with another's); this file only lists the areas.
 * The API serves the app for `/`, `/a`, `/a/*` and `/app/*` (see apps/api/src/bootstrap/web-app.ts).
 */
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    errorElement: <ErrorPage />,
    children: [
      {
        // Errors inside a page keep the header and the language switch around them.
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          ...candidateRoutes,
          ...jobPageRoutes,
          ...staffRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
