import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('hides the candidate token and keeps the rest', () => {
    expect(redactUrl('/api/v1/candidate/assessments/abcDEF123_-/answers?x=1')).toBe(
      '/api/v1/candidate/assessments/[redacted]/answers?x=1',
    );
  });

  it('leaves other urls alone', () => {
    expect(redactUrl('/api/v1/job-roles/42')).toBe('/api/v1/job-roles/42');
    expect(redactUrl(undefined)).toBe('');
  });
});
