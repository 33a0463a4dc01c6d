import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import { routes } from '../shell/routes';
import type { CandidateAssessment } from './model';
import { jsonResponse as json } from '../test-support/json-response';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

const assessment: CandidateAssessment = {
  status: 'invited',
  expiresAt: '2026-12-17T12:00:00.000Z',
  submittedAt: null,
  jobTitle: 'Meeting booker',
  organizationName: 'Nordlys Sales AS',
  locale: 'en',
  locales: ['en', 'nb'],
  title: 'How you like to work',
  scale: { min: 1, max: 5 },
  items: [
    { key: 'l1', type: 'likert', text: 'I enjoy cold calls.' },
    { key: 'k1', type: 'knockout', text: 'Do you hold a driving licence?' },
  ],
  answers: {},
  unanswered: ['l1', 'k1'],
  privacyNotice: {
    version: 1,
    en: 'We use your answers for this job only.',
    nb: 'Vi bruker svarene bare til denne stillingen.',
  },
  resultsShared: true,
};

type Handler = (request: Request) => Response | Promise<Response>;

function stubApi(handler: Handler) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    calls.push({
      method: request.method,
      path: url.pathname,
      body: request.method === 'GET' ? undefined : await request.clone().json(),
    });
    return handler(request);
  });
  return calls;
}

function open(hash = `#${TOKEN}`) {
  const router = createMemoryRouter(routes, { initialEntries: [`/a${hash}`] });
  render(
    <LanguageProvider initial="en">
      <RouterProvider router={router} />
    </LanguageProvider>,
  );
}

describe('questionnaire page', () => {
  beforeEach(() => localStorage.clear());

  it('asks for the emailed link when the fragment holds no token, without calling the API', async () => {
    const calls = stubApi(() => json({}));
    open('');
    await screen.findByRole('heading', { name: 'Open the link from your email' });
    expect(calls).toEqual([]);
  });

  it('shows a failed save with a retry, which sends the answer again', async () => {
    let failNextSave = true;
    const calls = stubApi((request) => {
      if (request.method === 'GET') return json(assessment);
      if (failNextSave) {
        failNextSave = false;
        return json({ status: 500, title: 'Internal Server Error' }, 500);
      }
      return json({ status: 'started', answers: { k1: true }, unanswered: ['l1'] });
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    // Requirements come first even though the questionnaire lists the statement first.
    await screen.findByRole('heading', { name: 'Requirements of the job' });
    await userEvent.click(screen.getByLabelText('Yes'));
    expect(await screen.findByText('Your last answer was not saved.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Retry saving' }));
    expect(await screen.findByText('All answers saved.')).toBeTruthy();
    const saves = calls.filter((c) => c.method === 'PUT');
    expect(saves).toEqual([
      {
        method: 'PUT',
        path: `/api/v1/candidate/assessments/${TOKEN}/answers`,
        body: { answers: { k1: true } },
      },
      {
        method: 'PUT',
        path: `/api/v1/candidate/assessments/${TOKEN}/answers`,
        body: { answers: { k1: true } },
      },
    ]);
  });

  it('keeps an unsent answer on the device under a hash, never the token', async () => {
    stubApi((request) => {
      if (request.method === 'GET') return json(assessment);
      throw new TypeError('Failed to fetch'); // the network is gone
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await userEvent.click(await screen.findByLabelText('No'));
    await screen.findByText(/You are offline/);
    const stored = Object.entries(localStorage);
    expect(stored).toHaveLength(1);
    const [key, value] = stored[0]!;
    expect(key).toMatch(/^rolefit\.questionnaire\.[0-9a-f]{40}$/);
    expect(key + value).not.toContain(TOKEN);
    expect(JSON.parse(value as string)).toMatchObject({ pending: { k1: false } });
  });

  it('a link that no longer works gets a friendly page', async () => {
    stubApi(() => json({ status: 404, title: 'Not Found' }, 404));
    open();
    await screen.findByRole('heading', { name: 'This link does not work any more' });
    await act(async () => {});
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
