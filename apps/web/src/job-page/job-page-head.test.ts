import { describe, expect, it } from 'vitest';
import type { PublishedPreview } from './job-page-data';
import {
  buildJobPageHead,
  buildJobPosting,
  jobPageUrl,
  metaDescription,
  serializeJsonLd,
} from './job-page-head';

const labels = {
  title: 'Meeting booker at Demo Sales AS',
  typicalDay: 'A typical day',
  hardParts: 'The hard parts',
  requirements: 'Requirements',
  expectations: 'Expectations',
};

function preview(overrides: Partial<PublishedPreview> = {}): PublishedPreview {
  return {
    slug: 'meeting-booker-3f9a',
    version: 2,
    jobTitle: 'Meeting booker',
    organizationName: 'Demo Sales AS',
    publishedAt: '2026-11-30T14:05:00.000Z',
    headline: 'Book the first meeting',
    summary: 'You call, write and follow up.',
    typicalDay: [
      {
        start: '09:00',
        end: '11:30',
        activity: 'Call block',
        channel: 'phone',
        description: 'About 40 dials.',
      },
    ],
    timeAllocation: [
      { activity: 'Calls', percent: 70 },
      { activity: 'Follow-up', percent: 30 },
    ],
    culture: ['We celebrate bookings'],
    demands: [
      { text: 'Fluent Norwegian', kind: 'requirement' },
      { text: '12 meetings a month', kind: 'expectation' },
    ],
    hardParts: ['Most calls end in a no'],
    location: 'Oslo',
    remote: 'onsite',
    locale: 'en',
    ...overrides,
  };
}

describe('buildJobPosting', () => {
  it('maps the preview onto schema.org JobPosting fields', () => {
    const posting = buildJobPosting(preview(), 'https://jobs.example/jobs/x', labels);
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Meeting booker',
      datePosted: '2026-11-30',
      inLanguage: 'en',
      url: 'https://jobs.example/jobs/x',
      directApply: true,
      identifier: { '@type': 'PropertyValue', value: 'meeting-booker-3f9a#2' },
      hiringOrganization: { '@type': 'Organization', name: 'Demo Sales AS' },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Oslo' },
      },
      qualifications: 'Fluent Norwegian',
      responsibilities: 'Calls (70 %)\nFollow-up (30 %)',
    });
    expect(posting).not.toHaveProperty('jobLocationType');
  });

  it('marks a remote job as TELECOMMUTE', () => {
    const posting = buildJobPosting(preview({ remote: 'remote' }), 'u', labels);
    expect(posting.jobLocationType).toBe('TELECOMMUTE');
  });

  it('puts the summary, the day, the hard parts and the demands into an escaped HTML description', () => {
    const posting = buildJobPosting(
      preview({ hardParts: ['<b>cold</b> calls & "no"s'] }),
      'u',
      labels,
    );
    expect(posting.description).toBe(
      '<p>You call, write and follow up.</p>' +
        '<h3>A typical day</h3><ul><li>09:00–11:30 Call block: About 40 dials.</li></ul>' +
        '<h3>The hard parts</h3><ul><li>&#60;b&#62;cold&#60;/b&#62; calls &#38; &#34;no&#34;s</li></ul>' +
        '<h3>Requirements</h3><ul><li>Fluent Norwegian</li></ul>' +
        '<h3>Expectations</h3><ul><li>12 meetings a month</li></ul>',
    );
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment, and stays the same JSON value', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'a & b' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('escapes the line and paragraph separators', () => {
    const json = serializeJsonLd({ s: 'a\u2028b\u2029c' });
    expect(json).toBe('{"s":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(json)).toEqual({ s: 'a\u2028b\u2029c' });
  });
});

describe('metaDescription', () => {
  it('keeps a short summary as one line', () => {
    expect(metaDescription('  One\n line,\tplease. ')).toBe('One line, please.');
  });

  it('cuts a long summary at a word boundary, at most 160 characters with the ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const cut = metaDescription(words);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('…')).toBe(true);
    // "word0 … word23" is 10×5 + 14×6 characters + 23 spaces = 157; " word24" would make it
    // 164, past the 159 that leave room for the ellipsis.
    expect(cut).toBe(`${Array.from({ length: 24 }, (_, i) => `word${i}`).join(' ')}…`);
  });
});

describe('buildJobPageHead', () => {
  it('gives the title, description, canonical URL and Open Graph tags', () => {
    const head = buildJobPageHead(preview({ locale: 'nb' }), {
      baseUrl: 'https://jobs.example/',
      labels,
    });
    expect(head.title).toBe('Meeting booker at Demo Sales AS');
    expect(head.description).toBe('You call, write and follow up.');
    expect(head.canonicalUrl).toBe('https://jobs.example/jobs/meeting-booker-3f9a');
    expect(Object.fromEntries(head.openGraph)).toEqual({
      'og:type': 'website',
      'og:title': 'Book the first meeting',
      'og:description': 'You call, write and follow up.',
      'og:url': 'https://jobs.example/jobs/meeting-booker-3f9a',
      'og:site_name': 'Demo Sales AS',
      'og:locale': 'nb_NO',
    });
    expect(JSON.parse(head.jsonLd)).toMatchObject({ '@type': 'JobPosting', inLanguage: 'nb' });
  });

  it('encodes the slug in the URL', () => {
    expect(jobPageUrl('http://h:1', 'a b')).toBe('http://h:1/jobs/a%20b');
  });
});
