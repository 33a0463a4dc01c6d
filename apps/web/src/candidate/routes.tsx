import type { RouteObject } from 'react-router';

/**
 * The candidate's pages. `/a#<token>`: the token stays in the URL fragment, which browsers
 * never send to a server (no access log, proxy or Referer sees it). The result and the
 * withdrawal are pages of the same link (`/a/result#<token>`, `/a/withdraw#<token>`).
 */
export const candidateRoutes: RouteObject[] = [
  {
    path: 'a',
    lazy: async () => ({ Component: (await import('./questionnaire-page')).QuestionnairePage }),
  },
  {
    path: 'a/result',
    lazy: async () => ({ Component: (await import('./result-page')).ResultPage }),
  },
  {
    path: 'a/withdraw',
    lazy: async () => ({ Component: (await import('./withdraw-page')).WithdrawPage }),
  },
];
