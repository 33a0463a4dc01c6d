import { expect, type APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../../api/src/demo/demo-roles';
// The kit's payloads file alone: the kit's index would pull its process and mail helpers in.
import { jobRolePayload } from '../../../../libs/testkit/src/payloads';

const API = '/api/v1';

/** A small questionnaire in both languages: 2 requirements, 7 statements, 2 situations. */
export const QUESTIONNAIRE = {
  title: 'How you like to work',
  locales: ['en', 'nb'],
  scale: { min: 1, max: 5 },
  items: [
    statement(
      'p1',
      'prospecting',
      'I enjoy calling people I have never met.',
      'Jeg liker å ringe folk jeg aldri har møtt.',
    ),
    {
      key: 'licence',
      type: 'knockout',
      text: { en: 'Do you hold a driving licence?', nb: 'Har du førerkort?' },
      passingAnswer: true,
    },
    statement(
      'p2',
      'prospecting',
      'A no on the phone spoils my day.',
      'Et nei på telefonen ødelegger dagen min.',
      -1,
    ),
    statement(
      'r1',
      'resilience',
      'I bounce back quickly after a setback.',
      'Jeg kommer meg raskt etter et tilbakeslag.',
    ),
    statement(
      'r2',
      'resilience',
      'Pressure makes me do my best work.',
      'Press får meg til å gjøre mitt beste.',
    ),
    statement(
      'd1',
      'pipeline-discipline',
      'I log every call the same day.',
      'Jeg logger hver samtale samme dag.',
    ),
    statement(
      'd2',
      'pipeline-discipline',
      'I plan my week before it starts.',
      'Jeg planlegger uka før den starter.',
    ),
    statement(
      'd3',
      'pipeline-discipline',
      'Follow-ups slip when I am busy.',
      'Oppfølging glipper når jeg har det travelt.',
      -1,
    ),
    {
      key: 'work-permit',
      type: 'knockout',
      text: { en: 'Are you allowed to work in Norway?', nb: 'Har du lov til å arbeide i Norge?' },
      passingAnswer: true,
    },
    {
      key: 'c1',
      type: 'choice',
      text: {
        en: 'A prospect hangs up on you mid-sentence. You…',
        nb: 'En kunde legger på midt i en setning. Du…',
      },
      options: [
        {
          key: 'next',
          text: { en: 'Call the next one straight away', nb: 'Ringer neste med en gang' },
          scores: { prospecting: 80, resilience: 60 },
        },
        {
          key: 'pause',
          text: { en: 'Take a short walk first', nb: 'Går en kort tur først' },
          scores: { prospecting: 40, resilience: 80 },
        },
      ],
    },
    {
      key: 'c2',
      type: 'choice',
      text: {
        en: 'It is Friday afternoon and your pipeline notes are a day behind. You…',
        nb: 'Det er fredag ettermiddag og notatene dine ligger en dag etter. Du…',
      },
      options: [
        {
          key: 'now',
          text: { en: 'Update them before you leave', nb: 'Oppdaterer dem før du går' },
          scores: { 'pipeline-discipline': 90 },
        },
        {
          key: 'monday',
          text: { en: 'Do it first thing on Monday', nb: 'Gjør det først på mandag' },
          scores: { 'pipeline-discipline': 50 },
        },
      ],
    },
  ],
};

function statement(key: string, dimension: string, en: string, nb: string, keyed: 1 | -1 = 1) {
  return { key, type: 'likert', text: { en, nb }, dimension, keyed };
}

async function post(
  request: APIRequestContext,
  path: string,
  token: string | undefined,
  data: object,
) {
  const response = await request.post(`${API}${path}`, {
    data,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

/** A new organisation with a published questionnaire and a role; returns a fresh invitation. */
export async function createInvitation(
  request: APIRequestContext,
  options: { locale?: 'en' | 'nb' } = {},
): Promise<{
  token: string;
  expiresAt: string;
  /** The organisation's admin (bearer token), the assessment and the candidate invited. */
  admin: string;
  assessmentId: string;
  candidate: { name: string; email: string };
}> {
  const signup = await post(request, '/auth/signup', undefined, {
    organizationName: 'Nordlys Sales AS',
    name: 'Admin',
    email: `admin-${randomUUID().slice(0, 8)}@rolefit.test`,
    password: DEMO_PASSWORD,
  });
  const admin = signup.accessToken as string;
  const questionnaire = await post(request, '/questionnaires', admin, QUESTIONNAIRE);
  await post(request, `/questionnaires/${String(questionnaire.id)}/publish`, admin, {});
  const role = await post(
    request,
    '/job-roles',
    admin,
    jobRolePayload({ questionnaireId: questionnaire.id }),
  );
  const candidate = {
    name: 'Kari Nordmann',
    email: `kari-${randomUUID().slice(0, 8)}@example.com`,
  };
  const invitation = await post(request, `/job-roles/${String(role.id)}/assessments`, admin, {
    candidate,
    ...(options.locale && { locale: options.locale }),
  });
  return {
    token: invitation.token as string,
    expiresAt: invitation.expiresAt as string,
    admin,
    assessmentId: invitation.id as string,
    candidate,
  };
}
