import { gunzipSync } from 'node:zlib';
import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import { addUser, expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';

/**
 * The public job page /jobs/:slug through the real API (needs `npm run build`: the page is
 * rendered by the web app's built server renderer).
 */
describe('public job page /jobs/:slug', () => {
  let t: TestApp;
  let recruiter: Org;
  let previewId: string;
  let slug: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await signupOrg(t, 'Fjord <Sales> & Co');
    recruiter = await addUser(t, admin, 'recruiter');
    const role = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: recruiter.token,
      payload: jobRolePayload(),
    });
    const draft = await t.request({
      method: 'POST',
      url: `/api/v1/job-roles/${role.json().id}/previews`,
      token: recruiter.token,
      payload: previewPayload({
        hardParts: ['Most calls end in a no.', 'A hostile </script><script>alert(1)</script> line'],
        demands: [
          { text: '12 qualified meetings a month', kind: 'requirement' },
          { text: 'Same-day CRM notes', kind: 'expectation' },
        ],
      }),
    });
    previewId = draft.json().id;
    slug = draft.json().slug;
    await publish();
  });
  afterAll(() => t.close());

  async function publish(): Promise<void> {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/previews/${previewId}/publish`,
      token: recruiter.token,
    });
    expect(res.statusCode).toBe(200);
  }

  it('answers with the whole preview in the first HTML response', async () => {
    const res = await t.request({ method: 'GET', url: `/jobs/${slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<title>Meeting booker at Fjord &lt;Sales&gt; &amp; Co</title>');
    expect(html).toContain(
      '<meta name="description" content="You open doors for our account executives."/>',
    );
    expect(html).toContain(
      '<meta property="og:title" content="Book the first meeting — every day"/>',
    );
    expect(html).toContain(
      `<meta property="og:url" content="http://localhost:3000/jobs/${slug}"/>`,
    );
    // Every part of the preview, as text a reader (or a crawler) gets without scripts.
    for (const text of [
      '<h1 class="jp-headline">Book the first meeting — every day</h1>',
      'You open doors for our account executives.',
      '<time>09:00</time>–<time>11:30</time>',
      'About 40 calls.',
      'Phone prospecting',
      '60%',
      'We celebrate booked meetings, not just closed deals.',
      '12 qualified meetings a month',
      'Same-day CRM notes',
      'Most calls end in a no.',
      'Oslo',
      'Hybrid: office and home',
      'The hard parts',
    ]) {
      expect(html).toContain(text);
    }
    // The hostile hard part is text in the page and cannot end the JSON-LD script.
    expect(html).toContain('A hostile &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; line');
    expect(html.match(/<\/script>/g)).toHaveLength(2); // JSON-LD and the island, nothing else
    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
    expect(jsonLd).not.toBeNull();
    expect(JSON.parse(jsonLd![1])).toMatchObject({
      '@type': 'JobPosting',
      title: 'Meeting booker',
      hiringOrganization: { name: 'Fjord <Sales> & Co' },
      jobLocation: { address: { addressLocality: 'Oslo' } },
      description: expect.stringContaining('alert(1)'),
    });
    // The island script is served by the API, content-hashed and immutable.
    const src = /<script type="module" src="(\/jobs\/assets\/[^"]+\.js)">/.exec(html)![1];
    const script = await t.request({
      method: 'GET',
      url: src,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(script.rawPayload).toString()).toContain('idempotency-key');
  });

  it('serves gzip when asked, with an ETag and 304 on If-None-Match', async () => {
    const plain = await t.request({ method: 'GET', url: `/jobs/${slug}` });
    const gz = await t.request({
      method: 'GET',
      url: `/jobs/${slug}`,
      headers: { 'accept-encoding': 'br, gzip;q=0.8' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    const etag = plain.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(gz.headers.etag).toBe(etag);
    expect(plain.headers['cache-control']).toMatch(/^public, max-age=60/);
    const again = await t.request({
      method: 'GET',
      url: `/jobs/${slug}`,
      headers: { 'if-none-match': `W/"other", ${etag}` },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('shows a new published version in place of the cached page', async () => {
    const before = await t.request({ method: 'GET', url: `/jobs/${slug}` });
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/v1/previews/${previewId}`,
      token: recruiter.token,
      payload: { headline: 'Book the first meeting — version two' },
    });
    expect(edited.statusCode).toBe(200);
    // A draft changes nothing for candidates.
    const draftOnly = await t.request({ method: 'GET', url: `/jobs/${slug}` });
    expect(draftOnly.headers.etag).toBe(before.headers.etag);
    await publish();
    const after = await t.request({
      method: 'GET',
      url: `/jobs/${slug}`,
      headers: { 'if-none-match': before.headers.etag as string },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body).toContain('Book the first meeting — version two');
    expect(after.body).not.toContain('Book the first meeting — every day');
    expect(
      JSON.parse(/application\/ld\+json">([^<]*)</.exec(after.body)![1]).identifier.value,
    ).toBe(`${slug}#2`);
  });

  it('renders a Norwegian preview in Norwegian, with <html lang="nb">', async () => {
    const role = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: recruiter.token,
      payload: jobRolePayload({ title: 'Salgsleder' }),
    });
    const draft = await t.request({
      method: 'POST',
      url: `/api/v1/job-roles/${role.json().id}/previews`,
      token: recruiter.token,
      payload: previewPayload({ headline: 'Led et salgsteam', locale: 'nb', remote: 'remote' }),
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/previews/${draft.json().id}/publish`,
      token: recruiter.token,
    });
    const res = await t.request({ method: 'GET', url: `/jobs/${draft.json().slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^<!doctype html><html lang="nb">/);
    expect(res.body).toContain('<title>Salgsleder hos Fjord');
    expect(res.body).toContain('Det som er krevende');
    expect(res.body).toContain('Fjernarbeid');
    expect(res.body).toContain('<meta property="og:locale" content="nb_NO"/>');
    expect(JSON.parse(/application\/ld\+json">([^<]*)</.exec(res.body)![1])).toMatchObject({
      inLanguage: 'nb',
      jobLocationType: 'TELECOMMUTE',
    });
  });

  it('answers an unknown slug with a real 404 page, in the language asked for', async () => {
    for (const url of ['/jobs/no-such-job-1234', '/jobs/NOT%20a%20slug']) {
      const res = await t.request({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toMatch(/^<!doctype html><html lang="en">/);
      expect(res.body).toContain('<h1 class="jp-headline">We could not find this job</h1>');
    }
    const nb = await t.request({
      method: 'GET',
      url: '/jobs/no-such-job-1234',
      headers: { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' },
    });
    expect(nb.statusCode).toBe(404);
    expect(nb.body).toMatch(/^<!doctype html><html lang="nb">/);
    expect(nb.body).toContain('Vi fant ikke denne jobben');
  });

  it('keeps unknown API paths as problem+json', async () => {
    expectProblem(await t.request({ method: 'GET', url: '/api/v1/no-such-route' }), 404);
    expectProblem(await t.request({ method: 'GET', url: '/jobs/assets/nope.js' }), 404);
  });

  it('counts a reaction once per Idempotency-Key (a double click), and each new key again', async () => {
    const key = 'double-click-0123456789abcdef';
    const react = (headers: Record<string, string>) =>
      t.request({
        method: 'POST',
        url: `/api/v1/public/previews/${slug}/reactions`,
        headers,
        payload: { reaction: 'not_for_me', reason: 'schedule' },
      });
    const [first, second] = await Promise.all([
      react({ 'idempotency-key': key }),
      react({ 'idempotency-key': key }),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json()).toEqual(first.json());
    expect((await react({ 'idempotency-key': 'another-key-0123456789' })).statusCode).toBe(201);
    const bad = expectProblem(await react({ 'idempotency-key': 'short' }), 400);
    expect(bad.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    const stats = await t.request({
      method: 'GET',
      url: `/api/v1/previews/${previewId}/stats`,
      token: recruiter.token,
    });
    expect(stats.json()).toMatchObject({ notForMe: 2, notForMeByReason: { schedule: 2 } });
  });

  it('takes a reaction posted as a plain form (no JavaScript) and thanks in the page language', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/jobs/${slug}/reaction`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'reason=pay&reaction=interested',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Thank you! Glad it sounds right');
    const stats = await t.request({
      method: 'GET',
      url: `/api/v1/previews/${previewId}/stats`,
      token: recruiter.token,
    });
    // "interested" never carries a reason, even when the form had one ticked.
    expect(stats.json()).toMatchObject({ interested: 1, notForMeByReason: { pay: 0 } });
  });
});
