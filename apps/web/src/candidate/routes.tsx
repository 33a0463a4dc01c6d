import type { RouteObject } from 'react-router';

/**
 * The candidate's pages. `/a#<token>`: the token stays in the URL fragment, which browsers
 * never send to a server (no access log, proxy or Referer sees it).
 */
export const candidateRoutes: RouteObject[] = [
  {
    path: 'a',
    lazy: async () => ({ Component: (await import('./questionnaire-page')).QuestionnairePage }),
  },
];
