import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { addStaffUser, signUpOrganization, type StaffUser } from './staff';

export interface SeededRole {
  recruiter: StaffUser;
  questionnaireId: string;
  roleId: string;
  assessmentIds: string[];
}

type Headers = Record<string, string>;

async function ok(response: Promise<APIResponse>): Promise<Record<string, unknown>> {
  const r = await response;
  expect(r.status(), await r.text()).toBeLessThan(300);
  return (await r.json().catch(() => ({}))) as Record<string, unknown>;
}

const authOf = (user: StaffUser): Headers => ({ authorization: `Bearer ${user.token}` });

export interface Statement {
  key: string;
  dimension: string;
  keyed: 1 | -1;
}

/** A published likert questionnaire in both languages ("Statement p1" / "Påstand p1"). */
export async function publishQuestionnaire(
  request: APIRequestContext,
  recruiter: StaffUser,
  title: string,
  statements: readonly Statement[],
): Promise<string> {
  const headers = authOf(recruiter);
  const questionnaire = await ok(
    request.post('/api/v1/questionnaires', {
      headers,
      data: {
        title,
        locales: ['en', 'nb'],
        scale: { min: 1, max: 5 },
        items: statements.map(({ key, dimension, keyed }) => ({
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
  return questionnaireId;
}

/** The meeting-booker job role (prospecting and resilience) answered through a questionnaire. */
export async function createBookerRole(
  request: APIRequestContext,
  recruiter: StaffUser,
  questionnaireId: string,
): Promise<string> {
  const role = await ok(
    request.post('/api/v1/job-roles', {
      headers: authOf(recruiter),
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
  return role.id as string;
}

/** Invites one candidate to a role; they answer through their link and submit. */
export async function submitCandidate(
  request: APIRequestContext,
  recruiter: StaffUser,
  roleId: string,
  candidate: { name: string; email: string },
  answers: Record<string, number>,
): Promise<string> {
  const invited = await ok(
    request.post(`/api/v1/job-roles/${roleId}/assessments`, {
      headers: authOf(recruiter),
      data: { candidate },
    }),
  );
  const token = invited.token as string;
  await ok(request.put(`/api/v1/candidate/assessments/${token}/answers`, { data: { answers } }));
  await ok(request.post(`/api/v1/candidate/assessments/${token}/submit`));
  return invited.id as string;
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
  const questionnaireId = await publishQuestionnaire(request, recruiter, 'Booker fit', [
    { key: 'p1', dimension: 'prospecting', keyed: 1 },
    { key: 'p2', dimension: 'prospecting', keyed: -1 },
    { key: 'r1', dimension: 'resilience', keyed: 1 },
    { key: 'r2', dimension: 'resilience', keyed: -1 },
  ]);
  const roleId = await createBookerRole(request, recruiter, questionnaireId);
  const assessmentIds: string[] = [];
  for (const [n, name] of names.entries()) {
    const email = `cand${n}-${tag}-${Date.now()}@example.com`;
    const answers = { p1: 5 - n, p2: 1 + n, r1: 4, r2: 2 + (n % 2) };
    assessmentIds.push(await submitCandidate(request, recruiter, roleId, { name, email }, answers));
  }
  return { recruiter, questionnaireId, roleId, assessmentIds };
}
