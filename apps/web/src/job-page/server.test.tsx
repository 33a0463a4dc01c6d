import { describe, expect, it } from 'vitest';
import type { PublishedPreview } from './job-page-data';
import { renderFormOutcomePage, renderJobPage, renderNotFoundPage } from './server';

const preview: PublishedPreview = {
  slug: 'closer-1a2b',
  version: 3,
  jobTitle: 'Closer',
  organizationName: 'Nord & Sør AS',
  publishedAt: '2026-12-01T08:00:00.000Z',
  headline: 'Sign the deal',
  summary: 'You take booked meetings to signed agreements.',
  typicalDay: [
    {
      start: '09:00',
      end: '10:15',
      activity: 'Prep',
      channel: 'digital',
      description: 'Research.',
    },
  ],
  timeAllocation: [{ activity: 'Meetings', percent: 100 }],
  culture: [],
  demands: [{ text: 'Driving licence', kind: 'requirement' }],
  hardParts: ['</script><script>alert("x")</script>'],
  location: 'Bergen',
  remote: 'onsite',
  locale: 'nb',
};

describe('renderJobPage', () => {
  const html = renderJobPage({
    preview,
    baseUrl: 'https://jobs.example',
    islandSrc: '/jobs/assets/island-x.js',
  });

  it('is a whole document in the preview language, with its head', () => {
    expect(html.startsWith('<!doctype html><html lang="nb">')).toBe(true);
    expect(html).toContain('<title>Closer hos Nord &amp; Sør AS</title>');
    expect(html).toContain('<link rel="canonical" href="https://jobs.example/jobs/closer-1a2b"/>');
    expect(html).toContain('<script type="module" src="/jobs/assets/island-x.js"></script>');
    expect(html).toContain('1 t 15 min');
  });

  it('lets no preview text close a script element', () => {
    // Exactly the two scripts the page has: JSON-LD and the island.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!;
    // The description is HTML (escaped once), carried in JSON (escaped again for <script>).
    expect(JSON.parse(jsonLd).description).toContain(
      '<li>&#60;/script&#62;&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;</li>',
    );
  });

  it('gives the hard parts their own labelled region before the day', () => {
    const hard = html.indexOf('id="jp-hard-title"');
    const day = html.indexOf('id="jp-typical-day-title"');
    expect(hard).toBeGreaterThan(0);
    expect(hard).toBeLessThan(day);
  });
});

describe('the other pages', () => {
  it('renders the 404 page in the language asked for', () => {
    expect(renderNotFoundPage('en')).toContain('<html lang="en">');
    expect(renderNotFoundPage('nb')).toContain('Vi fant ikke denne jobben');
  });

  it('answers a form posted without JavaScript, with a way back', () => {
    const page = renderFormOutcomePage({
      locale: 'en',
      slug: 'closer-1a2b',
      outcome: 'sent',
      email: 'kari@example.com',
    });
    expect(page).toContain('We have sent a private link to kari@example.com.');
    expect(page).toContain('href="/jobs/closer-1a2b"');
  });
});
