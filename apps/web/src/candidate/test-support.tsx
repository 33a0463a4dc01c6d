import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { Language } from '../i18n/catalogue';
import { LanguageProvider } from '../i18n/language';
import { routes } from '../shell/routes';
import type { components } from '../api/schema';
import type { CandidateAssessment } from './model';
import { jsonResponse } from '../test-support/json-response';

/** Shared by the candidate page tests: a submitted assessment, a profile, a stubbed API. */

export const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

export const assessment: CandidateAssessment = {
  status: 'submitted',
  expiresAt: '2026-12-17T12:00:00.000Z',
  submittedAt: '2026-12-03T10:00:00.000Z',
  jobTitle: 'Meeting booker',
  organizationName: 'Nordlys Sales AS',
  locale: 'en',
  locales: ['en', 'nb'],
  title: 'How you like to work',
  scale: { min: 1, max: 5 },
  items: [{ key: 'l1', type: 'likert', text: 'I enjoy cold calls.' }],
  answers: { l1: 4 },
  unanswered: [],
  privacyNotice: {
    version: 3,
    en: 'We keep your answers for six months.\n\nYou can ask us to erase them.',
    nb: 'Vi tar vare på svarene i seks måneder.\n\nDu kan be oss slette dem.',
  },
  resultsShared: true,
};

const dimension = (
  key: string,
  en: string,
  nb: string,
  score: number,
  band: 'low' | 'very-high',
  roleAsksMore: boolean,
) => ({
  dimension: key,
  name: { en, nb },
  description: { en: `About ${en}`, nb: `Om ${nb}` },
  score,
  band,
  bandLabel: {
    en: band === 'very-high' ? 'Very high' : 'Low',
    nb: band === 'very-high' ? 'Svært høy' : 'Lav',
  },
  words: {
    en:
      band === 'very-high'
        ? 'Your answers show this as one of your strongest sides.'
        : 'Not your strength today.',
    nb:
      band === 'very-high'
        ? 'Svarene dine viser dette som en av dine sterkeste sider.'
        : 'Ikke din styrke i dag.',
  },
  roleAsksMore,
});

export const profile: components['schemas']['CandidateProfileDto'] = {
  jobTitle: 'Meeting booker',
  organizationName: 'Nordlys Sales AS',
  submittedAt: '2026-12-03T10:00:00.000Z',
  dimensions: [
    dimension('prospecting', 'Prospecting', 'Kundejakt', 13, 'low', true),
    dimension(
      'pipeline-discipline',
      'Pipeline discipline',
      'Salgsdisiplin',
      97,
      'very-high',
      false,
    ),
  ],
};

type Call = { method: string; path: string };

function stubApi(handler: (request: Request) => Response) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    calls.push({ method: request.method, path: new URL(request.url).pathname });
    return handler(request);
  });
  return calls;
}

export const json = jsonResponse;

export const base = `/api/v1/candidate/assessments/${TOKEN}`;

export function candidateApi(overrides: Partial<Record<string, () => Response>> = {}) {
  return stubApi((request) => {
    const path = new URL(request.url).pathname;
    const route = `${request.method} ${path.slice(base.length) || '/'}`;
    const override = overrides[route];
    if (override) return override();
    if (route === 'GET /') return json(assessment);
    if (route === 'GET /profile') return json(profile);
    if (route === 'GET /export') return json({ you: { name: 'Kari Nordmann' }, assessment: {} });
    if (route === 'DELETE /') {
      return json({
        stage: 'withdrawn',
        reference: '5f0e4a1c-0000-4000-8000-000000000001',
        withdrawnAt: '2026-12-03T12:30:00.000Z',
        organizationName: 'Nordlys Sales AS',
        jobTitle: 'Meeting booker',
        erased: ['name', 'email', 'answers', 'free text'],
        kept: 'Your scores are kept without your name.',
      });
    }
    return json({ status: 404, title: 'Not Found' }, 404);
  });
}

export function open(path: string, language: Language = 'en') {
  const router = createMemoryRouter(routes, { initialEntries: [`${path}#${TOKEN}`] });
  render(
    <LanguageProvider initial={language}>
      <RouterProvider router={router} />
    </LanguageProvider>,
  );
  return router;
}
