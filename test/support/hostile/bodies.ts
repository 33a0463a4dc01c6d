import { randomUUID } from 'node:crypto';
import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import { PASSWORD, uniqueEmail } from '../test-app';
import { questionnairePayload, Tenant } from './world';

/**
 * A valid request body for every operation of the API that takes one, aimed at a tenant's
 * own objects (ids in bodies are the tenant's). The hostile tests start from these and break
 * one thing at a time, so a refusal is about that one thing. An operation with a body that is
 * missing here fails the tests that need it: add it when adding the route.
 */
export const VALID_BODIES: Record<string, (x: Tenant) => unknown> = {
  'POST /api/v1/auth/signup': () => ({
    organizationName: 'Hostile signup',
    name: 'Hostile',
    email: uniqueEmail('signup'),
    password: PASSWORD,
  }),
  'POST /api/v1/auth/login': (x) => ({ email: x.org.email, password: PASSWORD }),
  'POST /api/v1/users': () => ({
    name: 'Hostile user',
    email: uniqueEmail('user'),
    password: PASSWORD,
    role: 'recruiter',
  }),
  'POST /api/v1/auth/password-reset': () => ({ email: uniqueEmail('reset'), locale: 'nb' }),
  // A well-formed token that was never issued: refused, so the tenant's password stays.
  'POST /api/v1/auth/password-reset/confirm': () => ({
    token: randomUUID().replace(/-/g, ''),
    password: PASSWORD,
  }),
  // The same password again: the tenant can still sign in with PASSWORD afterwards.
  'POST /api/v1/me/password': () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }),
  'POST /api/v1/users/invitations': () => ({
    name: 'Hostile invitee',
    email: uniqueEmail('invitee'),
    role: 'recruiter',
  }),
  // The tenant's own admin, left active: a harmless change the route accepts.
  'PATCH /api/v1/users/{id}': () => ({ active: true }),
  'POST /api/v1/dimensions': () => ({
    key: `fresh-${randomUUID().slice(0, 8)}`,
    name: { en: 'Fresh' },
    description: { en: 'A fresh dimension.' },
    kind: 'sales',
  }),
  'PATCH /api/v1/dimensions/{key}': () => ({ kind: 'sales', name: { en: 'Hijacked' } }),
  'POST /api/v1/job-roles': (x) => jobRolePayload({ questionnaireId: x.questionnaireId }),
  'PATCH /api/v1/job-roles/{id}': (x) => ({
    title: 'Hijacked',
    questionnaireId: x.questionnaireId,
  }),
  'POST /api/v1/job-roles/{id}/previews': () => previewPayload({ headline: 'Hijacked' }),
  'PATCH /api/v1/previews/{id}': () => ({ headline: 'Hijacked' }),
  'POST /api/v1/public/previews/{slug}/reactions': () => ({
    reaction: 'not_for_me',
    reason: 'pay',
  }),
  'POST /api/v1/public/previews/{slug}/applications': () => ({
    name: 'Applicant',
    email: uniqueEmail('applicant'),
    privacyNoticeVersion: 1,
  }),
  'POST /api/v1/teams': (x) => ({ name: 'Hijacked team', managerId: x.userId }),
  'PATCH /api/v1/teams/{id}': (x) => ({ name: 'Hijacked', managerId: x.userId }),
  'POST /api/v1/teams/{id}/members': (x) => ({
    members: [
      { name: 'Mole', profile: { prospecting: 50 }, currentJobRoleId: x.roleId },
      { name: 'Spy', assessmentId: x.submitted.id },
    ],
  }),
  'PATCH /api/v1/teams/{id}/members/{memberId}': (x) => ({
    name: 'Hijacked',
    currentJobRoleId: x.roleId,
    assessmentId: x.submitted.id,
  }),
  'PUT /api/v1/teams/{id}/requirements': (x) => [{ jobRoleId: x.roleId, slots: 1 }],
  'POST /api/v1/questionnaires': () => questionnairePayload('Another'),
  'PATCH /api/v1/questionnaires/{id}': () => ({ title: 'Hijacked' }),
  'POST /api/v1/job-roles/{id}/assessments': () => ({
    candidate: { name: 'Intruder', email: uniqueEmail('intruder') },
  }),
  'PUT /api/v1/candidate/assessments/{token}/answers': (x) => ({ answers: x.sampleAnswers }),
  'POST /api/v1/questionnaires/{id}/publish': () => ({}),
  'POST /api/v1/assessments/{id}/decisions': () => ({ stage: 'shortlisted', reason: 'Hijacked' }),
  'POST /api/v1/assessments/{id}/erasure': () => ({ reason: 'Hijacked' }),
  'POST /api/v1/teams/{id}/members/{memberId}/erasure': () => ({ reason: 'Hijacked' }),
  'PATCH /api/v1/organization': () => ({ retentionMonths: 7, shareResultsWithCandidates: true }),
};
