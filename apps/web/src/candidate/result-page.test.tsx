import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assessment, base, candidateApi, json, open } from './test-support';

describe('the candidate’s own result', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('tells the result in words: strengths, what the role asks more of, no numbers', async () => {
    candidateApi();
    open('/a/result');
    await screen.findByRole('heading', { level: 1, name: 'What your answers say about you' });
    const strengths = screen.getByRole('region', { name: 'Your strengths' });
    expect(
      within(strengths)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Pipeline discipline: Your answers show this as one of your strongest sides.']);
    const more = screen.getByRole('region', { name: 'What the role asks more of' });
    expect(
      within(more)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Prospecting']);
    const main = document.body.textContent ?? '';
    expect(main).not.toMatch(/\b(13|97)\b/);
    expect(main).not.toMatch(/target|weight|rank|percentile/i);
  });

  it('tells it in Norwegian too', async () => {
    candidateApi({ 'GET /': () => json({ ...assessment, locale: 'nb' }) });
    open('/a/result', 'nb');
    await screen.findByRole('heading', { level: 1, name: 'Hva svarene dine sier om deg' });
    const strengths = screen.getByRole('region', { name: 'Dine styrker' });
    expect(within(strengths).getByText('Salgsdisiplin')).toBeTruthy();
    expect(
      screen.getByRole('region', { name: 'Hva stillingen krever mer av' }).textContent,
    ).toContain('Kundejakt');
  });

  it('says kindly that results are not shared, without asking for the profile', async () => {
    const calls = candidateApi({ 'GET /': () => json({ ...assessment, resultsShared: false }) });
    open('/a/result');
    await screen.findByRole('heading', {
      level: 1,
      name: 'Your answers are with the organisation',
    });
    expect(screen.getByText(/does not show candidates their results/)).toBeTruthy();
    expect(screen.getByText(/will contact you by email/)).toBeTruthy();
    expect(calls.map((c) => c.path)).not.toContain(`${base}/profile`);
  });
});
