import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { duration, JobPreview } from './JobPreview';
import { jobPageTranslator } from './translator';

const t = jobPageTranslator('en');

describe('JobPreview (the page and the editor draw the preview with it)', () => {
  it('shows a half-written draft without failing on what is missing', () => {
    render(<JobPreview preview={{ headline: 'Draft headline' }} locale="en" t={t} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Draft headline' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'The hard parts' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'A typical day' })).toBeNull();
  });

  it('in the editor, sits under the page heading: headline at the level asked, sections below it', () => {
    const { container } = render(
      <JobPreview
        preview={{ headline: 'Draft', hardParts: ['Cold calls'], culture: ['Kind'] }}
        locale="en"
        t={t}
        headingLevel={3}
      />,
    );
    expect(container.querySelectorAll('h1, h2')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 3, name: 'Draft' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'The hard parts' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThanOrEqual(2);
  });

  it('tells requirements from expectations by heading, and every bar carries its number', () => {
    render(
      <JobPreview
        preview={{
          headline: 'H',
          hardParts: ['Cold calls'],
          demands: [
            { text: 'Licence', kind: 'requirement' },
            { text: 'CRM same day', kind: 'expectation' },
          ],
          timeAllocation: [
            { activity: 'Calls', percent: 62.5 },
            { activity: 'Mail', percent: 37.5 },
          ],
        }}
        locale="en"
        t={t}
      />,
    );
    expect(
      within(screen.getByRole('region', { name: 'The hard parts' })).getByText('Cold calls'),
    ).toBeTruthy();
    const demands = screen.getByRole('region', { name: 'What the job asks of you' });
    expect(within(demands).getByRole('heading', { name: 'Requirements' })).toBeTruthy();
    expect(within(demands).getByRole('heading', { name: 'Expectations' })).toBeTruthy();
    const time = screen.getByRole('region', { name: 'Where the time goes' });
    expect(within(time).getByText('62.5%')).toBeTruthy();
    expect(within(time).getByText('37.5%')).toBeTruthy();
  });

  it('writes durations in the preview language', () => {
    expect(duration('08:30', '11:00', t)).toBe('2 h 30 min');
    expect(duration('08:30', '09:00', t)).toBe('30 min');
    expect(duration('08:00', '10:00', jobPageTranslator('nb'))).toBe('2 t');
    expect(duration('10:00', '09:00', t)).toBe('');
  });
});
