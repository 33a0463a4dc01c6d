import { createHash } from 'node:crypto';
import { hashAssessmentToken, issueAssessmentToken, isWellFormedToken } from './assessment-token';

describe('assessment tokens', () => {
  it('issues 256-bit URL-safe tokens and keeps only their SHA-256', () => {
    const { token, hash } = issueAssessmentToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
  });

  it('never issues the same token twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => issueAssessmentToken().token));
    expect(tokens.size).toBe(1000);
  });

  it('hashes deterministically, and differently for different tokens', () => {
    const a = issueAssessmentToken().token;
    const b = issueAssessmentToken().token;
    expect(hashAssessmentToken(a)).toBe(hashAssessmentToken(a));
    expect(hashAssessmentToken(a)).not.toBe(hashAssessmentToken(b));
  });

  it('recognises only the shape it issues', () => {
    expect(isWellFormedToken(issueAssessmentToken().token)).toBe(true);
    for (const bad of ['', 'short', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, 42]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
    expect(isWellFormedToken(`${'a'.repeat(42)}/`)).toBe(false);
  });
});
