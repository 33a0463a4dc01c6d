import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import { resetPageFocusForTests } from './page';
import { routes } from './routes';
import { jsonResponse as json } from '../test-support/json-response';

function renderAt(path: string, language: 'en' | 'nb' = 'en') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <LanguageProvider initial={language}>
      <RouterProvider router={router} />
    </LanguageProvider>,
  );
  return router;
}

/** The API as far as signing in needs it: login gives a token, /me the person. */
function stubStaffApi(role: 'manager' | 'recruiter') {
  vi.stubGlobal('fetch', async (input: Request) => {
    const path = new URL(input.url, 'http://localhost').pathname;
    if (path === '/api/v1/auth/login') return json({ accessToken: 'token' });
    if (path === '/api/v1/me') {
      return json({
        id: '6f1c1a55-7c1e-4a55-9c3e-2f1d1b0c0a01',
        name: 'Mona Manager',
        email: `${role}@example.com`,
        role,
        createdAt: '2026-01-01T00:00:00.000Z',
        organization: { id: '6f1c1a55-7c1e-4a55-9c3e-2f1d1b0c0a02', name: 'Demo Sales AS' },
      });
    }
    return new Response(null, { status: 404 });
  });
}

describe('app shell and routes', () => {
  beforeEach(() => {
    resetPageFocusForTests();
    localStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the start page with its title, leaving focus alone on first load', async () => {
    renderAt('/');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Rolefit' });
    await waitFor(() => expect(document.title).toBe('Rolefit'));
    expect(document.activeElement).not.toBe(heading);
  });

  it('moves focus and <title> to the new page on a route change', async () => {
    const router = renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Rolefit' });
    // Signed out, a staff address shows the sign-in page in its place.
    await act(() => router.navigate('/app/recruiting'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    // The page sets both in an effect, which React may run after the heading is on screen.
    await waitFor(() => expect(document.title).toBe('Sign in – Rolefit'));
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('loads each area lazily: the candidate and the staff pages are their own routes', async () => {
    stubStaffApi('manager');
    const router = renderAt('/a');
    await screen.findByRole('heading', { level: 1, name: 'Open the link from your email' });
    await act(() => router.navigate('/app/teams'));
    await userEvent.type(await screen.findByLabelText('Email'), 'manager@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'a good password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Teams' });
    expect(screen.getByRole('navigation', { name: 'Workspace' })).toBeTruthy();
  });

  it('answers an unknown path with a not-found page', async () => {
    renderAt('/app/nothing-here');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await waitFor(() => expect(document.title).toBe('Page not found – Rolefit'));
  });

  it('switches language: strings, <html lang> and the remembered choice follow', async () => {
    renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Rolefit' });
    expect(document.documentElement.lang).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: 'Norsk bokmål' }));
    expect(screen.getByRole('link', { name: 'Gå til arbeidsområdet' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nb');
    expect(localStorage.getItem('rolefit.language')).toBe('nb');
    expect(screen.getByRole('button', { name: 'Norsk bokmål' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});
