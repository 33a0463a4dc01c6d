import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import { resetPageFocusForTests } from './page';
import { routes } from './routes';

function renderAt(path: string, language: 'en' | 'nb' = 'en') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <LanguageProvider initial={language}>
      <RouterProvider router={router} />
    </LanguageProvider>,
  );
  return router;
}

describe('app shell and routes', () => {
  beforeEach(() => {
    resetPageFocusForTests();
    localStorage.clear();
  });

  it('shows the start page with its title, leaving focus alone on first load', async () => {
    renderAt('/');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Rolefit' });
    expect(document.title).toBe('Rolefit');
    expect(document.activeElement).not.toBe(heading);
  });

  it('moves focus and <title> to the new page on a route change', async () => {
    const router = renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Rolefit' });
    await act(() => router.navigate('/app/recruiting'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Recruiting' });
    expect(document.title).toBe('Recruiting – Rolefit');
    expect(document.activeElement).toBe(heading);
  });

  it('loads each area lazily: the candidate and the staff pages are their own routes', async () => {
    const router = renderAt('/a');
    await screen.findByRole('heading', { level: 1, name: 'Open the link from your email' });
    await act(() => router.navigate('/app/teams'));
    await screen.findByRole('heading', { level: 1, name: 'Teams' });
    expect(screen.getByRole('navigation', { name: 'Workspace' })).toBeTruthy();
  });

  it('answers an unknown path with a not-found page', async () => {
    renderAt('/app/nothing-here');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(document.title).toBe('Page not found – Rolefit');
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
