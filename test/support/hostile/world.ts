import type { Response } from 'light-my-request';
import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import { Org, signupOrg, TestApp, uniqueEmail } from '../test-app';

/**
 * Real objects of every kind in one organisation, made through the public API, so the
 * hostile-input tests can aim at things that exist (an id of a real team reaches much deeper
 * than a random UUID) and compare organisations.
 */
export interface Tenant {
  org: Org;
  userId: string;
  /** Published (the organisation's default) questionnaire, linked to `roleId`. */
  questionnaireId: string;
  /** A questionnaire of our own, published once (v1) and then edited into a draft (v2). */
  draftQuestionnaireId: string;
  roleId: string;
  /** A second role, not linked to anything (one more real id to aim at). */
  spareRoleId: string;
  draftPreviewId: string;
  publishedPreviewId: string;
  slug: string;
  dimensionKey: string;
  /** Invited candidate with some answers saved (status started). */
  assessment: { id: string; token: string };
  /** Valid answers to some items of the questionnaire (the ones saved above). */
  sampleAnswers: Record<string, unknown>;
  /** Another candidate of the same role, who submitted everything. */
  submitted: { id: string; token: string };
  teamId: string;
  memberIds: string[];
  analysisId: string;
  /** Keys the API knows: dimension keys, item keys and option keys of the questionnaire. */
  keyHints: string[];
  /** Every request body that succeeded while building the tenant (seeds for the fuzzer). */
  examples: { method: string; path: string; body: unknown }[];
}

export function expectStatus(res: Response, status: number | number[], what: string): Response {
  const ok = Array.isArray(status) ? status : [status];
  if (!ok.includes(res.statusCode)) {
    throw new Error(`${what}: expected ${ok.join('/')} but got ${res.statusCode}: ${res.body}`);
  }
  return res;
}

/** A small questionnaire that publishes: two likert items, one choice, one knockout. */
export function questionnairePayload(title = 'Hostile check') {
  return {
    title,
    locales: ['en'],
    scale: { min: 1, max: 5 },
    items: [
      {
        key: 'calls-1',
        type: 'likert',
        text: { en: 'I like calling strangers.' },
        dimension: 'prospecting',
        keyed: 1,
      },
      {
        key: 'calls-2',
        type: 'likert',
        text: { en: 'Cold calls drain me.' },
        dimension: 'prospecting',
        keyed: -1,
      },
      {
        key: 'price-push',
        type: 'choice',
        text: { en: 'The customer pushes on price.' },
        options: [
          { key: 'hold', text: { en: 'Hold the price' }, scores: { 'negotiation-closing': 90 } },
          { key: 'give', text: { en: 'Give a discount' }, scores: { 'negotiation-closing': 20 } },
        ],
      },
      {
        key: 'licence',
        type: 'knockout',
        text: { en: 'Do you have a driving licence?' },
        passingAnswer: true,
      },
    ],
  };
}

interface CandidateView {
  status: string;
  scale: { min: number; max: number };
  items: { key: string; type: string; options?: { key: string }[] }[];
  answers: Record<string, unknown>;
}

/** An answer for every item of a questionnaire, as a candidate sees it. */
export function answersFor(view: CandidateView, pick = 0): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of view.items) {
    if (item.type === 'likert') {
      answers[item.key] = view.scale.min + (pick % (view.scale.max - view.scale.min + 1));
    } else if (item.type === 'choice') {
      answers[item.key] = item.options?.[pick % item.options.length]?.key;
    } else {
      answers[item.key] = pick % 2 === 0;
    }
  }
  return answers;
}

/** The fields of the API's answers that building a tenant reads. */
interface Answer {
  id: string;
  slug: string;
  token: string;
  items: { id: string; key: string }[];
  members: { id: string }[];
}

export interface TenantOptions {
  /** Tag to tell organisations apart in names. */
  label: string;
  /** Wait for the team analysis to complete (needs a running worker). */
  awaitAnalysis?: (analysisId: string, token: string) => Promise<void>;
}

export async function buildTenant(t: TestApp, options: TenantOptions): Promise<Tenant> {
  const { label } = options;
  const org = await signupOrg(t, `Hostile ${label}`);
  const examples: Tenant['examples'] = [];
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload: unknown,
    status: number | number[],
  ) => {
    const res = await t.request({
      method,
      url: `/api/v1${url}`,
      token: org.token,
      ...(payload !== undefined && { payload: payload as object }),
    });
    expectStatus(res, status, `${method} ${url} (${label})`);
    if (payload !== undefined) examples.push({ method, path: `/api/v1${url}`, body: payload });
    return res.json<Answer>();
  };

  const me = await call('GET', '/me', undefined, 200);
  const questionnaires = await call('GET', '/questionnaires', undefined, 200);
  const defaultQuestionnaire = questionnaires.items[0];
  if (!defaultQuestionnaire) throw new Error('a new organisation has no default questionnaire');

  const own = await call('POST', '/questionnaires', questionnairePayload(`Own ${label}`), 201);
  await call('POST', `/questionnaires/${own.id}/publish`, undefined, 200);
  await call('PATCH', `/questionnaires/${own.id}`, { title: `Own ${label} v2` }, 200);

  const dimensionKey = `hostile-${label.toLowerCase()}`;
  await call(
    'POST',
    '/dimensions',
    {
      key: dimensionKey,
      name: { en: `Hostile ${label}` },
      description: { en: 'Made by the hostile-input tests.' },
      kind: 'general',
    },
    201,
  );

  const role = await call(
    'POST',
    '/job-roles',
    jobRolePayload({ title: `Booker ${label}`, questionnaireId: defaultQuestionnaire.id }),
    201,
  );
  const spare = await call('POST', '/job-roles', jobRolePayload({ title: `Spare ${label}` }), 201);
  const draft = await call('POST', `/job-roles/${role.id}/previews`, previewPayload(), 201);
  const toPublish = await call(
    'POST',
    `/job-roles/${role.id}/previews`,
    previewPayload({ headline: `Published ${label}` }),
    201,
  );
  const published = await call('POST', `/previews/${toPublish.id}/publish`, undefined, [200, 201]);

  const invite = async (name: string) =>
    call(
      'POST',
      `/job-roles/${role.id}/assessments`,
      { candidate: { name, email: uniqueEmail(name.toLowerCase()) } },
      201,
    );
  const candidate = async (token: string) => {
    const res = await t.request({ method: 'GET', url: `/api/v1/candidate/assessments/${token}` });
    return expectStatus(res, 200, `candidate view (${label})`).json<CandidateView>();
  };
  const saveAnswers = async (token: string, answers: Record<string, unknown>) => {
    const path = `/api/v1/candidate/assessments/${token}/answers`;
    const res = await t.request({ method: 'PUT', url: path, payload: { answers } });
    expectStatus(res, 200, `save answers (${label})`);
    examples.push({ method: 'PUT', path, body: { answers } });
  };

  const started = await invite('Started');
  const view = await candidate(started.token);
  const some = Object.fromEntries(Object.entries(answersFor(view, 1)).slice(0, 3));
  await saveAnswers(started.token, some);

  const done = await invite('Submitted');
  await saveAnswers(done.token, answersFor(view, 2));
  const submit = await t.request({
    method: 'POST',
    url: `/api/v1/candidate/assessments/${done.token}/submit`,
  });
  expectStatus(submit, 200, `submit (${label})`);

  const team = await call('POST', '/teams', { name: `Team ${label}` }, 201);
  const members = await call(
    'POST',
    `/teams/${team.id}/members`,
    {
      members: [
        { name: 'Ane', profile: { prospecting: 80, resilience: 60 }, performance: 120 },
        { name: 'Bo', profile: { prospecting: 40, resilience: 90 }, currentJobRoleId: role.id },
        { name: 'Cato', assessmentId: done.id },
      ],
    },
    201,
  );
  await call('PUT', `/teams/${team.id}/requirements`, [{ jobRoleId: role.id, slots: 2 }], 200);
  const analysis = await call('POST', `/teams/${team.id}/analyses`, undefined, 202);
  await options.awaitAnalysis?.(analysis.id, org.token);

  const dimensions = await call('GET', '/dimensions?pageSize=100', undefined, 200);
  const keyHints = [
    ...dimensions.items.map((d) => d.key),
    ...view.items.map((i) => i.key),
    ...view.items.flatMap((i) => (i.options ?? []).map((o) => o.key)),
  ];

  return {
    org,
    userId: me.id,
    questionnaireId: defaultQuestionnaire.id,
    draftQuestionnaireId: own.id,
    roleId: role.id,
    spareRoleId: spare.id,
    draftPreviewId: draft.id,
    publishedPreviewId: toPublish.id,
    slug: published.slug,
    dimensionKey,
    assessment: { id: started.id, token: started.token },
    sampleAnswers: some,
    submitted: { id: done.id, token: done.token },
    teamId: team.id,
    memberIds: members.members.map((m) => m.id),
    analysisId: analysis.id,
    keyHints: [...new Set(keyHints)],
    examples,
  };
}

/** Every real id of a tenant (to aim generated requests at things that exist). */
export function tenantIds(x: Tenant): string[] {
  return [
    x.userId,
    x.questionnaireId,
    x.draftQuestionnaireId,
    x.roleId,
    x.spareRoleId,
    x.draftPreviewId,
    x.publishedPreviewId,
    x.assessment.id,
    x.submitted.id,
    x.teamId,
    ...x.memberIds,
    x.analysisId,
  ];
}

/**
 * The tenant's own value for a path parameter, chosen by the collection the parameter
 * follows (`/teams/{id}` → the team). Undefined when no fixture fits: callers decide whether
 * that is an error (the tenancy sweep: it is) or a reason to use random ids (the fuzzer).
 */
export function ownParamValue(x: Tenant, path: string, param: string): string | undefined {
  const segments = path.split('/');
  const index = segments.indexOf(`{${param}}`);
  const collection = segments[index - 1];
  const byCollection: Record<string, Record<string, string>> = {
    'job-roles': { id: x.roleId },
    previews:
      segments[index - 2] === 'public' ? { slug: x.slug } : { id: x.draftPreviewId, slug: x.slug },
    questionnaires: { id: x.draftQuestionnaireId },
    assessments:
      segments[index - 2] === 'candidate'
        ? // The profile exists once submitted; every other candidate route takes the open one.
          { token: path.endsWith('/profile') ? x.submitted.token : x.assessment.token }
        : { id: x.submitted.id },
    teams: { id: x.teamId },
    analyses: { id: x.analysisId },
    dimensions: { key: x.dimensionKey },
    users: { id: x.userId },
    members: { id: x.memberIds[0], memberId: x.memberIds[0] },
  };
  return byCollection[collection]?.[param];
}
