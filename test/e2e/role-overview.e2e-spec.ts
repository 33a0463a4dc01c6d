import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import {
  addUser,
  expectProblem,
  Org,
  signupOrg,
  startTestApp,
  TestApp,
  uniqueEmail,
} from '../support/test-app';

/** A one-knockout, one-likert questionnaire: eligibility is decided by the knockout alone. */
const QUESTIONNAIRE = {
  title: 'Overview check',
  scale: { min: 1, max: 5 },
  items: [
    {
      key: 'licence',
      type: 'knockout',
      text: { en: 'Licence?', nb: 'Førerkort?' },
      passingAnswer: true,
    },
    {
      key: 'p1',
      type: 'likert',
      text: { en: 'I call', nb: 'Jeg ringer' },
      dimension: 'prospecting',
      keyed: 1,
    },
  ],
};

describe("recruiter overview: a role's previews and its funnel", () => {
  let t: TestApp;
  let recruiter: Org;
  let other: Org;

  const api = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    token?: string,
    payload?: unknown,
  ) => t.request({ method, url: `/api/v1${url}`, token, payload: payload as object });

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await signupOrg(t, 'Overview Org');
    recruiter = await addUser(t, admin, 'recruiter');
    other = await signupOrg(t, 'Someone Else');
  });
  afterAll(() => t.close());

  it('lists previews newest first with their latest version, and counts the funnel', async () => {
    const q = await api('POST', '/questionnaires', recruiter.token, QUESTIONNAIRE);
    expect(q.statusCode).toBe(201);
    expect(
      (await api('POST', `/questionnaires/${q.json().id}/publish`, recruiter.token)).statusCode,
    ).toBe(200);
    const role = await api('POST', '/job-roles', recruiter.token, {
      ...jobRolePayload(),
      questionnaireId: q.json().id,
    });
    const roleId = role.json().id as string;

    const empty = await api('GET', `/job-roles/${roleId}/previews`, recruiter.token);
    expect(empty.json()).toEqual({ page: 1, pageSize: 20, total: 0, items: [] });
    const emptyFunnel = await api('GET', `/job-roles/${roleId}/funnel`, recruiter.token);
    expect(emptyFunnel.json()).toEqual({
      views: 0,
      interested: 0,
      notForMe: 0,
      applied: 0,
      invited: 0,
      started: 0,
      submitted: 0,
      eligible: 0,
    });

    const first = await api(
      'POST',
      `/job-roles/${roleId}/previews`,
      recruiter.token,
      previewPayload(),
    );
    const firstId = first.json().id as string;
    const slug = first.json().slug as string;
    expect((await api('POST', `/previews/${firstId}/publish`, recruiter.token)).statusCode).toBe(
      200,
    );
    // Editing the published preview opens version 2 as a draft.
    await api('PATCH', `/previews/${firstId}`, recruiter.token, { headline: 'Second take' });
    const second = await api('POST', `/job-roles/${roleId}/previews`, recruiter.token, {
      headline: 'Another',
    });

    const list = await api('GET', `/job-roles/${roleId}/previews?pageSize=1`, recruiter.token);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: second.json().id,
        status: 'draft',
        version: 1,
        publishedVersion: null,
        headline: 'Another',
      }),
    ]);
    const page2 = await api(
      'GET',
      `/job-roles/${roleId}/previews?page=2&pageSize=1`,
      recruiter.token,
    );
    expect(page2.json().items).toEqual([
      expect.objectContaining({
        id: firstId,
        slug,
        status: 'draft',
        version: 2,
        publishedVersion: 1,
        headline: 'Second take',
      }),
    ]);
    const beyond = await api(
      'GET',
      `/job-roles/${roleId}/previews?page=5&pageSize=1`,
      recruiter.token,
    );
    expect(beyond.json()).toMatchObject({ total: 2, items: [] });

    // Three views, one interested, two not for me.
    for (let i = 0; i < 3; i++) {
      expect((await api('GET', `/public/previews/${slug}`)).statusCode).toBe(200);
    }
    await api('POST', `/public/previews/${slug}/reactions`, undefined, { reaction: 'interested' });
    await api('POST', `/public/previews/${slug}/reactions`, undefined, {
      reaction: 'not_for_me',
      reason: 'pay',
    });
    await api('POST', `/public/previews/${slug}/reactions`, undefined, { reaction: 'not_for_me' });

    // Three invited: one submits passing the knockout, one failing it, one never opens the link.
    const tokens: string[] = [];
    for (const name of ['Pass', 'Fail', 'Idle']) {
      const invited = await api('POST', `/job-roles/${roleId}/assessments`, recruiter.token, {
        candidate: { name, email: uniqueEmail(name.toLowerCase()) },
      });
      expect(invited.statusCode).toBe(201);
      tokens.push(invited.json().token as string);
    }
    for (const [token, licence] of [
      [tokens[0], true],
      [tokens[1], false],
    ] as const) {
      const saved = await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
        answers: { licence, p1: 4 },
      });
      expect(saved.statusCode).toBe(200);
      expect((await api('POST', `/candidate/assessments/${token}/submit`)).statusCode).toBe(200);
    }

    const funnel = await api('GET', `/job-roles/${roleId}/funnel`, recruiter.token);
    expect(funnel.statusCode).toBe(200);
    expect(funnel.json()).toEqual({
      views: 3,
      interested: 1,
      notForMe: 2,
      applied: 0,
      invited: 3,
      started: 2,
      submitted: 2,
      eligible: 1,
    });

    // Another organisation, or a malformed id, gets a 404 like a role that does not exist.
    expectProblem(await api('GET', `/job-roles/${roleId}/previews`, other.token), 404);
    expectProblem(await api('GET', `/job-roles/${roleId}/funnel`, other.token), 404);
    expectProblem(await api('GET', `/job-roles/not-a-uuid/funnel`, recruiter.token), 404);
  });
});
