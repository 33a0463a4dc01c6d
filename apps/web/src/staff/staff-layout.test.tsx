import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import { resetPageFocusForTests } from '../shell/page';
import { routes } from '../shell/routes';
import { jsonResponse as json } from '../test-support/json-response';

type Role = 'admin' | 'recruiter' | 'manager';

function stubApi(role: Role, calls: Request[] = [], refreshToken: string | null = null) {
  vi.stubGlobal('fetch', async (request: Request) => {
    calls.push(request.clone());
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/api/v1/auth/login') {
      const body = (await request.json()) as { password: string };
      return body.password === 'right password'
        ? json({ accessToken: 'secret-access-token' })
        : json({ status: 401, title: 'Unauthorized' }, 401);
    }
    if (path === '/api/v1/auth/refresh') {
      return refreshToken
        ? json({ accessToken: refreshToken })
        : json({ status: 401, title: 'Unauthorized' }, 401);
    }
    if (path === '/api/v1/auth/logout') return new Response(null, { status: 204 });
    if (path === '/api/v1/me') {
      return json({
        id: '6f1c1a55-7c1e-4a55-9c3e-2f1d1b0c0a01',
        name: 'Rita Recruiter',
        email: 'rita@example.com',
        role,
        createdAt: '2026-01-01T00:00:00.000Z',
        organization: { id: '6f1c1a55-7c1e-4a55-9c3e-2f1d1b0c0a02', name: 'Demo Sales AS' },
      });
    }
    if (path === '/api/v1/job-roles') return json({ page: 1, pageSize: 10, total: 0, items: [] });
    return json({ status: 404, title: 'Not Found' }, 404);
  });
}

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <LanguageProvider initial="en">
      <RouterProvider router={router} />
    </LanguageProvider>,
  );
  return router;
}

async function signIn(password = 'right password') {
  await userEvent.type(await screen.findByLabelText('Email'), 'rita@example.com');
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('staff sign-in and shell', () => {
  beforeEach(() => {
    resetPageFocusForTests();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('offers fields a password manager recognises', async () => {
    stubApi('recruiter');
    renderAt('/app');
    const email = await screen.findByLabelText('Email');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(email.getAttribute('type')).toBe('email');
    expect(email.getAttribute('name')).toBe('email');
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.closest('form')).toBe(email.closest('form'));
  });

  it('says so when the password is wrong, and stays on the sign-in page', async () => {
    stubApi('recruiter');
    renderAt('/app');
    await signIn('wrong password');
    expect((await screen.findByRole('alert')).textContent).toMatch(/do not match/);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
  });

  it('signs a recruiter in: who, organisation, recruiter navigation; the token only in memory', async () => {
    const calls: Request[] = [];
    stubApi('recruiter', calls);
    renderAt('/app');
    await signIn();
    await screen.findByRole('heading', { level: 1, name: 'Recruiting' });
    const account = screen.getByRole('region', { name: 'Your account' });
    expect(within(account).getByText('Signed in as Rita Recruiter')).toBeTruthy();
    expect(within(account).getByText('Organisation: Demo Sales AS')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Workspace' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Recruiting', 'Questionnaires']);
    // Signed-in requests carry the bearer token; nothing keeps it where a script could read it later.
    const me = calls.find((c) => c.url.endsWith('/api/v1/me'));
    expect(me?.headers.get('authorization')).toBe('Bearer secret-access-token');
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(stored).not.toContain('secret-access-token');
    expect(document.cookie).not.toContain('secret-access-token');

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    // Sign-out ends the server's session too (with the token it is forgetting).
    const logout = calls.find((c) => c.url.endsWith('/api/v1/auth/logout'));
    expect(logout?.method).toBe('POST');
    expect(logout?.headers.get('authorization')).toBe('Bearer secret-access-token');
  });

  it('a reload with a live refresh cookie signs in again without the form', async () => {
    const calls: Request[] = [];
    stubApi('recruiter', calls, 'refreshed-token');
    renderAt('/app');
    await screen.findByRole('heading', { level: 1, name: 'Recruiting' });
    expect(calls.filter((c) => c.url.endsWith('/api/v1/auth/refresh'))).toHaveLength(1);
    const me = calls.find((c) => c.url.endsWith('/api/v1/me'));
    expect(me?.headers.get('authorization')).toBe('Bearer refreshed-token');
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  });

  it('shows a manager only the manager navigation, and /app leads to it', async () => {
    stubApi('manager');
    renderAt('/app');
    await signIn();
    await screen.findByRole('heading', { level: 1, name: 'Teams' });
    const nav = screen.getByRole('navigation', { name: 'Workspace' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Teams']);
  });
});
