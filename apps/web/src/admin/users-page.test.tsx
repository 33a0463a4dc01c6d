import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../api/schema';
import { LanguageProvider } from '../i18n/language';
import { resetPageFocusForTests } from '../shell/page';
import { SessionProvider, type Me } from '../staff/session';
import { UsersPage } from './users-page';
import { SwitchToNorwegian } from '../i18n/switch-to-norwegian';
import { jsonResponse as json } from '../test-support/json-response';

type User = components['schemas']['UserDto'];

const ADA: Me = {
  id: '5e2a1b3c-4d5e-4f60-8a7b-9c0d1e2f3a01',
  name: 'Ada Admin',
  email: 'ada@example.com',
  role: 'admin',
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  organization: { id: '5e2a1b3c-4d5e-4f60-8a7b-9c0d1e2f3a02', name: 'Demo Sales AS' },
};

function stubApi() {
  const users: User[] = [
    { ...ADA },
    {
      id: '5e2a1b3c-4d5e-4f60-8a7b-9c0d1e2f3a03',
      name: 'Rita Recruiter',
      email: 'rita@example.com',
      role: 'recruiter',
      active: true,
      createdAt: '2026-01-02T00:00:00.000Z',
    },
  ];
  vi.stubGlobal('fetch', async (request: Request) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/api/v1/users') {
      return json({ page: 1, pageSize: 20, total: users.length, items: users });
    }
    const one = users.find((u) => path === `/api/v1/users/${u.id}`);
    if (one && request.method === 'PATCH') {
      Object.assign(one, (await request.json()) as Partial<User>);
      return json(one);
    }
    return json({ status: 404, title: 'Not Found' }, 404);
  });
}

describe('the users page', () => {
  beforeEach(() => resetPageFocusForTests());
  afterEach(() => vi.unstubAllGlobals());

  it('keeps what it announced in the language switched to afterwards', async () => {
    stubApi();
    render(
      <LanguageProvider initial="en">
        <SwitchToNorwegian />
        <SessionProvider initial={ADA}>
          <MemoryRouter>
            <UsersPage />
          </MemoryRouter>
        </SessionProvider>
      </LanguageProvider>,
    );
    const rita = await screen.findByRole('listitem', { name: 'Rita Recruiter' });
    await userEvent.selectOptions(within(rita).getByLabelText('Role of Rita Recruiter'), 'manager');
    await userEvent.click(within(rita).getByRole('button', { name: 'Change role' }));
    expect(await screen.findByText('Rita Recruiter is now Manager.')).toBeTruthy();

    await userEvent.click(within(rita).getByRole('button', { name: 'Deactivate' }));
    await userEvent.click(within(rita).getByRole('button', { name: 'Yes, deactivate' }));
    const announced = await screen.findByText('Rita Recruiter is deactivated.');
    expect(announced.getAttribute('role')).toBe('status');

    await userEvent.click(screen.getByRole('button', { name: 'Switch to Norwegian' }));
    expect(announced.textContent).toBe('Rita Recruiter er deaktivert.');
    expect(screen.queryByText('Rita Recruiter is deactivated.')).toBeNull();
  });
});
