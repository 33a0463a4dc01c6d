import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../i18n/catalogue';
import { LanguageProvider } from '../../i18n/language';
import { resetPageFocusForTests } from '../../shell/page';
import type { Questionnaire, ReliabilityRun } from '../types';
import { QuestionnaireBuilderPage } from './questionnaire-builder-page';
import { SwitchToNorwegian } from '../../i18n/switch-to-norwegian';
import { jsonResponse as json } from '../../test-support/json-response';

const ID = '3a1c5b7e-2d4f-4e6a-8b9c-0d1e2f3a4b01';

const QUESTIONNAIRE: Questionnaire = {
  id: ID,
  status: 'published',
  version: 1,
  publishedVersion: 1,
  title: 'Booker fit',
  locales: ['en', 'nb'],
  scale: { min: 1, max: 5 },
  items: [
    {
      key: 'p1',
      type: 'likert',
      text: { en: 'I enjoy calling strangers.', nb: '' },
      dimension: 'prospecting',
      keyed: 1,
      weight: 1,
    },
    {
      key: 'c1',
      type: 'choice',
      text: { en: 'A customer says no.', nb: 'En kunde sier nei.' },
      weight: 1,
      options: [
        { key: 'a', text: { en: 'Call again', nb: 'Ring igjen' }, scores: { resilience: 100 } },
        { key: 'b', text: { en: '', nb: 'Gi opp' }, scores: { resilience: 0 } },
      ],
    },
    {
      key: 'licence',
      type: 'knockout',
      text: { en: 'Do you hold a driving licence?', nb: 'Har du førerkort?' },
      weight: 1,
      passingAnswer: true,
    },
  ],
  publishedAt: '2026-12-01T10:00:00.000Z',
  createdAt: '2026-12-01T09:00:00.000Z',
} as Questionnaire;

const RUN: ReliabilityRun = {
  id: '3a1c5b7e-2d4f-4e6a-8b9c-0d1e2f3a4b02',
  status: 'completed',
  questionnaireVersion: 1,
  error: null,
  n: 7,
  result: {
    n: 7,
    dimensions: [
      {
        dimension: 'prospecting',
        n: 7,
        alpha: 0.71,
        items: [{ key: 'p1', mean: 3, sd: 1, correctedItemTotal: 0.5, alphaIfDeleted: 0.6 }],
      },
    ],
  },
  createdAt: '2026-12-01T10:00:00.000Z',
  startedAt: '2026-12-01T10:00:01.000Z',
  completedAt: '2026-12-01T10:00:02.000Z',
  durationMs: 1000,
};

const DIMENSIONS = [
  {
    key: 'prospecting',
    name: { en: 'Prospecting and booking meetings', nb: 'Prospektering og møtebooking' },
    description: { en: '', nb: '' },
    kind: 'sales',
  },
  {
    key: 'resilience',
    name: { en: 'Resilience', nb: 'Motstandskraft' },
    description: { en: '', nb: '' },
    kind: 'general',
  },
];

/** The API as the builder meets it; saving is refused with field errors in the API's paths. */
function stubApi() {
  vi.stubGlobal('fetch', async (request: Request) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/api/v1/dimensions') {
      return json({ page: 1, pageSize: 100, total: DIMENSIONS.length, items: DIMENSIONS });
    }
    if (path === `/api/v1/questionnaires/${ID}/reliability`) return json(RUN);
    if (path === `/api/v1/questionnaires/${ID}` && request.method === 'PATCH') {
      return json(
        {
          status: 400,
          title: 'Bad Request',
          errors: [
            { field: 'items.0.text.nb', message: 'should not be empty' },
            { field: 'items.1.options.1.text.en', message: 'should not be empty' },
            { field: 'items.2.weight', message: 'must not be less than 0' },
          ],
        },
        400,
      );
    }
    if (path === `/api/v1/questionnaires/${ID}`) return json(QUESTIONNAIRE);
    return json({ status: 404, title: 'Not Found' }, 404);
  });
}

function renderBuilder(language: Language) {
  const router = createMemoryRouter(
    [{ path: '/app/questionnaires/:questionnaireId', element: <QuestionnaireBuilderPage /> }],
    { initialEntries: [`/app/questionnaires/${ID}`] },
  );
  render(
    <LanguageProvider initial={language}>
      <SwitchToNorwegian />
      <RouterProvider router={router} />
    </LanguageProvider>,
  );
}

async function saveAndFail() {
  await userEvent.click(await screen.findByRole('button', { name: 'Save draft' }));
  return screen.findByRole('alert');
}

describe('the questionnaire builder', () => {
  beforeEach(() => resetPageFocusForTests());
  afterEach(() => vi.unstubAllGlobals());

  it('names refused fields in words, links each to its field, and follows a language switch', async () => {
    stubApi();
    renderBuilder('en');
    const summary = await saveAndFail();
    const entries = within(summary).getAllByRole('listitem');
    expect(entries.map((e) => e.textContent)).toEqual([
      'Item 1 — text (Norwegian): Fill this in.',
      'Item 2 — option 2 — text (English): Fill this in.',
      'Item 3 — weight: Must be 0 or more.',
    ]);
    expect(summary.textContent).not.toMatch(/items\[|items\./);

    // A link per field that exists; following it puts the cursor in that field.
    const nb = within(entries[0]!).getByRole('link');
    expect(nb.getAttribute('href')).toBe('#f-items-0-text-nb');
    await userEvent.click(nb);
    const item1 = screen.getByRole('listitem', { name: 'Item 1: statement (likert)' });
    expect(document.activeElement).toBe(within(item1).getByLabelText('Text in Norwegian'));
    await userEvent.click(within(entries[1]!).getByRole('link'));
    const item2 = screen.getByRole('listitem', { name: 'Item 2: situation (choice)' });
    expect(document.activeElement).toBe(within(item2).getByLabelText('Option 2, English'));
    // A requirement has no weight field in the builder: named, but not a dead link.
    expect(within(entries[2]!).queryByRole('link')).toBeNull();

    // The summary and the save bar's status follow a switch of language.
    expect(screen.getByText('Not saved: fix the fields marked below.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Switch to Norwegian' }));
    expect(within(screen.getByRole('alert')).getAllByRole('listitem')[0]!.textContent).toBe(
      'Spørsmål 1 — tekst (norsk): Fyll ut dette feltet.',
    );
    expect(screen.getByText('Ikke lagret: rett feltene som er merket nedenfor.')).toBeTruthy();
  });

  it.each([
    ['en', 'Prospecting and booking meetings: alpha 0.71 (n = 7)'],
    ['nb', 'Prospektering og møtebooking: alfa 0,71 (n = 7)'],
  ] as const)(
    'in %s, names each reliability dimension in the reader’s language',
    async (language, heading) => {
      stubApi();
      renderBuilder(language);
      expect(await screen.findByRole('heading', { level: 3, name: heading })).toBeTruthy();
      expect(screen.getByRole('region', { name: heading })).toBeTruthy();
      expect(screen.queryByRole('heading', { level: 3, name: /^prospecting:/ })).toBeNull();
    },
  );
});
