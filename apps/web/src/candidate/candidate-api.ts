import { api } from '../api/client';
import type { components } from '../api/schema';
import type { Language } from '../i18n/catalogue';
import type { Answers, CandidateAssessment } from './model';

/**
 * The candidate's calls. The token goes to the API in the request path (from the page's URL
 * fragment), never in the page URL itself; responses are not cached (the API says no-store).
 * Failures are sorted into what the page can tell the candidate.
 */
export type Failure =
  'gone' | 'submitted' | 'notShared' | 'throttled' | 'invalid' | 'network' | 'server';

export type Result<T> = { ok: true; data: T } | { ok: false; failure: Failure };

function failureOf(status: number): Failure {
  if (status === 404 || status === 410) return 'gone';
  if (status === 409) return 'submitted';
  if (status === 403) return 'notShared';
  if (status === 429) return 'throttled';
  if (status === 400 || status === 422) return 'invalid';
  return 'server';
}

async function call<T>(
  request: () => Promise<{ data?: T; response: Response }>,
): Promise<Result<T>> {
  try {
    const { data, response } = await request();
    if (response.ok && data !== undefined) return { ok: true, data };
    return { ok: false, failure: failureOf(response.status) };
  } catch {
    // fetch rejects only when no answer came back: offline or the connection dropped.
    return { ok: false, failure: 'network' };
  }
}

export function readAssessment(token: string, locale?: Language) {
  return call<CandidateAssessment>(() =>
    api.GET('/api/v1/candidate/assessments/{token}', {
      params: { path: { token }, query: locale ? { locale } : {} },
    }),
  );
}

export function saveAnswers(token: string, answers: Answers) {
  return call(() =>
    api.PUT('/api/v1/candidate/assessments/{token}/answers', {
      params: { path: { token } },
      body: { answers },
    }),
  );
}

export function submitAssessment(token: string) {
  return call(() =>
    api.POST('/api/v1/candidate/assessments/{token}/submit', { params: { path: { token } } }),
  );
}

export type CandidateProfile = components['schemas']['CandidateProfileDto'];
export type WithdrawalReceipt = components['schemas']['WithdrawalReceiptDto'];

/** The candidate's own result in words (403 `notShared` when the organisation keeps it). */
export function readProfile(token: string) {
  return call<CandidateProfile>(() =>
    api.GET('/api/v1/candidate/assessments/{token}/profile', { params: { path: { token } } }),
  );
}

/** Everything held about the candidate, as the API returns it. */
export function exportData(token: string) {
  return call<Record<string, unknown>>(() =>
    api.GET('/api/v1/candidate/assessments/{token}/export', { params: { path: { token } } }),
  );
}

/** Withdraws the application; personal data is erased at once and the link stops working. */
export function withdrawApplication(token: string) {
  return call<WithdrawalReceipt>(() =>
    api.DELETE('/api/v1/candidate/assessments/{token}', { params: { path: { token } } }),
  );
}
