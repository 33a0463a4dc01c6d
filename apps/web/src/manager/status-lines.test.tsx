import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import type { Dimension, JobRole, Member, Team } from './data';
import { MembersSection } from './members-section';
import { RequirementsSection } from './requirements-section';
import { SvgDownload } from './svg-download';
import { TeamListPage } from './team-list-page';
import { SwitchToNorwegian } from '../i18n/switch-to-norwegian';
import { jsonResponse as json } from '../test-support/json-response';

const TEAM_ID = '7c1f0a2b-3d4e-4f50-8a6b-7c8d9e0f1a01';
const CLOSER: JobRole = {
  id: '7c1f0a2b-3d4e-4f50-8a6b-7c8d9e0f1a02',
  title: 'Closer',
  summary: '',
  isLeadership: false,
  profile: [],
  channels: { phone: 100, digital: 0, inPerson: 0, internal: 0 },
  questionnaireId: '7c1f0a2b-3d4e-4f50-8a6b-7c8d9e0f1a03',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  archivedAt: null,
} as JobRole;
const ANN = {
  id: '7c1f0a2b-3d4e-4f50-8a6b-7c8d9e0f1a04',
  name: 'Ann',
  email: 'ann@example.com',
  currentJobRoleId: CLOSER.id,
  performance: 90,
  profile: {},
  assessmentId: null,
} as unknown as Member;

type Route = (request: Request) => Response | undefined;

/** Answers the API from `route`; anything it does not know is a 404. */
function stubApi(route: Route) {
  vi.stubGlobal('fetch', async (request: Request) => {
    const answer = route(request);
    return answer ?? json({ status: 404, title: 'Not Found' }, 404);
  });
}

const path = (request: Request) => new URL(request.url, 'http://localhost').pathname;

function inEnglish(children: ReactNode) {
  return render(
    <LanguageProvider initial="en">
      <SwitchToNorwegian />
      <MemoryRouter>{children}</MemoryRouter>
    </LanguageProvider>,
  );
}

const switchToNorwegian = () => userEvent.click(screen.getByText('Switch to Norwegian'));

// These pages render whole forms: on a busy machine a test takes longer than the default.
describe('status lines on the manager pages', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('says "invitation sent" in the language switched to afterwards', async () => {
    stubApi((request) => {
      if (path(request) === `/api/v1/teams/${TEAM_ID}/members`)
        return json({ page: 1, pageSize: 50, total: 1, items: [ANN] });
      if (path(request) === `/api/v1/job-roles/${CLOSER.id}/assessments`)
        return json({ id: '7c1f0a2b-3d4e-4f50-8a6b-7c8d9e0f1a05' }, 201);
      return undefined;
    });
    inEnglish(
      <MembersSection
        teamId={TEAM_ID}
        jobRoles={[CLOSER]}
        dimensions={[] as Dimension[]}
        onChange={() => undefined}
      />,
    );
    await userEvent.click(
      await screen.findByText(
        (_, element) =>
          element?.tagName === 'BUTTON' && element.textContent === 'Invite to questionnaire Ann',
      ),
    );
    const status = await screen.findByText(
      'Invitation for Ann created; the link goes to ann@example.com.',
    );
    expect(status.getAttribute('role')).toBe('status');

    await switchToNorwegian();
    expect(status.textContent).toBe(
      'Invitasjon til Ann er opprettet; lenken går til ann@example.com.',
    );
  });

  it('says a saved number of slots with the plural of the language switched to', async () => {
    stubApi((request) =>
      path(request) === `/api/v1/teams/${TEAM_ID}/requirements` ? json([]) : undefined,
    );
    const team = { id: TEAM_ID, name: 'Sales', requirements: [] } as unknown as Team;
    inEnglish(<RequirementsSection team={team} jobRoles={[CLOSER]} onSaved={() => undefined} />);
    const slots = screen.getByLabelText('Closer');
    await userEvent.clear(slots);
    await userEvent.type(slots, '3');
    await userEvent.click(screen.getByText('Save roles'));
    const status = await screen.findByText('Saved: 3 slots.');
    expect(status.getAttribute('role')).toBe('status');

    await switchToNorwegian();
    expect(status.textContent).toBe('Lagret: 3 plasser.');
  });

  it('says the SVG download status in the language switched to', async () => {
    stubApi((request) =>
      path(request) === `/api/v1/teams/${TEAM_ID}/role-map.svg`
        ? new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', {
            headers: { 'content-type': 'image/svg+xml' },
          })
        : undefined,
    );
    URL.createObjectURL = vi.fn(() => 'blob:map');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    inEnglish(<SvgDownload teamId={TEAM_ID} teamName="Sales" />);
    await userEvent.click(screen.getByText('Download map (SVG)'));
    const status = await screen.findByText('The SVG was downloaded.');
    expect(status.getAttribute('role')).toBe('status');

    await switchToNorwegian();
    expect(status.textContent).toBe('SVG-filen ble lastet ned.');
  });

  it('says a refusal the API wrote in the language switched to', async () => {
    stubApi((request) => {
      if (path(request) !== '/api/v1/teams') return undefined;
      if (request.method === 'GET') return json({ page: 1, pageSize: 20, total: 0, items: [] });
      return json(
        {
          status: 400,
          title: 'Bad Request',
          detail: 'must be shorter than or equal to 200 characters',
        },
        400,
      );
    });
    inEnglish(<TeamListPage />);
    await userEvent.type(screen.getByLabelText('Team name'), 'Sales');
    await userEvent.click(screen.getByText('Create team'));
    const alert = await screen.findByText('Must be at most 200 characters.');
    expect(alert.getAttribute('role')).toBe('alert');

    await switchToNorwegian();
    expect(alert.textContent).toBe('Kan ha høyst 200 tegn.');
  });
});
