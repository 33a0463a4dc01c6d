import { expect, type APIRequestContext } from '@playwright/test';
import { addStaffUser, signUpOrganization, type StaffUser } from './staff';

export interface SeededRole {
  recruiter: StaffUser;
  questionnaireId: string;
  roleId: string;
  assessmentIds: string[];
}

/**
 * Through the real API: an organisation, a recruiter, a published questionnaire (two
 * statements per dimension), a role using it, and candidates who answered and submitted.
 */
export async function seedRoleWithCandidates(
  request: APIRequestContext,
  names: readonly string[],
  tag: string,
): Promise<SeededRole> {
  const admin = await signUpOrganization(request, 'Tastatur AS');
  const recruiter = await addStaffUser(request, admin, 'recruiter');
  const headers = { authorization: `Bearer ${recruiter.token}` };
  const ok = async (response: Promise<import('@playwright/test').APIResponse>) => {
    const r = await response;
    expect(r.status(), await r.text()).toBeLessThan(300);
    return (await r.json().catch(() => ({}))) as Record<string, unknown>;
  };
  const items = [
    ['p1', 'prospecting', 1],
    ['p2', 'prospecting', -1],
    ['r1', 'resilience', 1],
    ['r2', 'resilience', -1],
  ] as const;
  const questionnaire = await ok(
    request.post('/api/v1/questionnaires', {
      headers,
      data: {
        title: 'Booker fit',
        locales: ['en', 'nb'],
        scale: { min: 1, max: 5 },
        items: items.map(([key, dimension, keyed]) => ({
          key,
          type: 'likert',
          dimension,
          keyed,
          text: { en: `Statement ${key}`, nb: `Påstand ${key}` },
        })),
      },
    }),
  );
  const questionnaireId = questionnaire.id as string;
  await ok(request.post(`/api/v1/questionnaires/${questionnaireId}/publish`, { headers }));
  const role = await ok(
    request.post('/api/v1/job-roles', {
      headers,
      data: {
        title: 'Meeting booker',
        summary: 'Books first meetings with new customers.',
        isLeadership: false,
        profile: [
          { dimension: 'prospecting', target: 80, weight: 2, direction: 'atLeast' },
          { dimension: 'resilience', target: 70, weight: 1, direction: 'atLeast' },
        ],
        channels: { phone: 70, digital: 25, inPerson: 5 },
        questionnaireId,
      },
    }),
  );
  const roleId = role.id as string;
  const assessmentIds: string[] = [];
  for (const [n, name] of names.entries()) {
    const invited = await ok(
      request.post(`/api/v1/job-roles/${roleId}/assessments`, {
        headers,
        data: { candidate: { name, email: `cand${n}-${tag}-${Date.now()}@example.com` } },
      }),
    );
    assessmentIds.push(invited.id as string);
    const token = invited.token as string;
    const answers = { p1: 5 - n, p2: 1 + n, r1: 4, r2: 2 + (n % 2) };
    await ok(request.put(`/api/v1/candidate/assessments/${token}/answers`, { data: { answers } }));
    await ok(request.post(`/api/v1/candidate/assessments/${token}/submit`));
  }
  return { recruiter, questionnaireId, roleId, assessmentIds };
}
