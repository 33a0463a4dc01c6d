import { jobRolePayload } from '@rolefit/testkit';
import { Org, TestApp, uniqueEmail } from './test-app';

/**
 * A small questionnaire (two likert dimensions, a knockout) and candidates who answer it in
 * reproducible, varied ways: enough to have percentiles and a reliability run to compare.
 */
const text = (en: string, nb?: string) => (nb ? { en, nb } : { en });

export const SMALL_QUESTIONNAIRE = {
  title: 'Rights check',
  locales: ['en'],
  scale: { min: 1, max: 5 },
  items: [
    {
      key: 'ko',
      type: 'knockout',
      text: text('Do you have a driving licence?'),
      passingAnswer: true,
    },
    {
      key: 'p1',
      type: 'likert',
      text: text('I like calling new people.'),
      dimension: 'prospecting',
      keyed: 1,
    },
    {
      key: 'p2',
      type: 'likert',
      text: text('Cold calls drain me.'),
      dimension: 'prospecting',
      keyed: -1,
    },
    {
      key: 'p3',
      type: 'likert',
      text: text('I book meetings every day.'),
      dimension: 'prospecting',
      keyed: 1,
    },
    {
      key: 'r1',
      type: 'likert',
      text: text('A no does not stop me.'),
      dimension: 'resilience',
      keyed: 1,
    },
    {
      key: 'r2',
      type: 'likert',
      text: text('I bounce back fast.'),
      dimension: 'resilience',
      keyed: 1,
    },
    {
      key: 'r3',
      type: 'likert',
      text: text('Rejection stays with me.'),
      dimension: 'resilience',
      keyed: -1,
    },
  ],
};

const REVERSE_KEYED = new Set(['p2', 'r3']);

/** Reproducible, varied answers (a latent level per dimension plus noise). */
export function smallAnswers(i: number, passKnockout = true): Record<string, number | boolean> {
  let x = 1000 + i * 7919;
  const next = () => (x = (x * 48271) % 2147483647) / 2147483647;
  const out: Record<string, number | boolean> = { ko: passKnockout };
  for (const keys of [
    ['p1', 'p2', 'p3'],
    ['r1', 'r2', 'r3'],
  ]) {
    const trait = next() * 4;
    for (const key of keys) {
      const level = Math.min(5, Math.max(1, Math.round(1 + trait + (next() - 0.5) * 2)));
      out[key] = REVERSE_KEYED.has(key) ? 6 - level : level;
    }
  }
  return out;
}

export interface RoleWithQuestionnaire {
  roleId: string;
  questionnaireId: string;
}

export async function roleWithQuestionnaire(
  t: TestApp,
  org: Org,
  title = 'Rights booker',
): Promise<RoleWithQuestionnaire> {
  const q = await t.request({
    method: 'POST',
    url: '/api/v1/questionnaires',
    token: org.token,
    payload: SMALL_QUESTIONNAIRE,
  });
  if (q.statusCode !== 201) throw new Error(`questionnaire: ${q.body}`);
  const questionnaireId = q.json<{ id: string }>().id;
  const published = await t.request({
    method: 'POST',
    url: `/api/v1/questionnaires/${questionnaireId}/publish`,
    token: org.token,
  });
  if (published.statusCode !== 200) throw new Error(`publish: ${published.body}`);
  const role = await t.request({
    method: 'POST',
    url: '/api/v1/job-roles',
    token: org.token,
    payload: jobRolePayload({ title, questionnaireId }),
  });
  if (role.statusCode !== 201) throw new Error(`role: ${role.body}`);
  return { roleId: role.json<{ id: string }>().id, questionnaireId };
}

export interface Invited {
  id: string;
  token: string;
  name: string;
  email: string;
}

export async function invite(t: TestApp, org: Org, roleId: string, name: string): Promise<Invited> {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'));
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/job-roles/${roleId}/assessments`,
    token: org.token,
    payload: { candidate: { name, email } },
  });
  if (res.statusCode !== 201) throw new Error(`invite: ${res.body}`);
  const { id, token } = res.json<{ id: string; token: string }>();
  return { id, token, name, email };
}

export async function answerAndSubmit(
  t: TestApp,
  token: string,
  answers: Record<string, unknown>,
): Promise<void> {
  const saved = await t.request({
    method: 'PUT',
    url: `/api/v1/candidate/assessments/${token}/answers`,
    payload: { answers },
  });
  if (saved.statusCode !== 200) throw new Error(`answers: ${saved.body}`);
  const submitted = await t.request({
    method: 'POST',
    url: `/api/v1/candidate/assessments/${token}/submit`,
  });
  if (submitted.statusCode !== 200) throw new Error(`submit: ${submitted.body}`);
}

/** Invites and submits `count` candidates (varied answers); returns them in order. */
export async function submittedCandidates(
  t: TestApp,
  org: Org,
  roleId: string,
  count: number,
  prefix = 'Candidate',
): Promise<Invited[]> {
  const out: Invited[] = [];
  for (let i = 0; i < count; i++) {
    const c = await invite(t, org, roleId, `${prefix} ${i + 1}`);
    await answerAndSubmit(t, c.token, smallAnswers(i, i % 5 !== 4));
    out.push(c);
  }
  return out;
}
