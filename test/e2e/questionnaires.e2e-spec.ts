import { jobRolePayload } from '@rolefit/testkit';
import { addUser, expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';

const text = (en: string) => ({ en, nb: `${en} (nb)` });

function likert(key: string, dimension: string, keyed: 1 | -1 = 1) {
  return { key, type: 'likert', text: text(`Statement ${key}`), dimension, keyed };
}

/** Valid: three prospecting items, one resilience item, a choice and a knockout. */
const VALID = {
  title: 'Booker screen',
  locales: ['en', 'nb'],
  scale: { min: 1, max: 6 },
  items: [
    likert('p1', 'prospecting'),
    likert('p2', 'prospecting', -1),
    likert('p3', 'prospecting'),
    likert('r1', 'resilience'),
    {
      key: 'c1',
      type: 'choice',
      text: text('A prospect says no'),
      weight: 2,
      options: [
        { key: 'a', text: text('Next call'), scores: { prospecting: 90 } },
        { key: 'b', text: text('Coffee'), scores: { resilience: 60 } },
      ],
    },
    { key: 'k1', type: 'knockout', text: text('Can you start in May?'), passingAnswer: true },
  ],
};

describe('questionnaires: drafts, validation, publishing and versions', () => {
  let t: TestApp;
  let admin: Org;
  let recruiter: Org;

  const api = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    token: string | undefined,
    payload?: unknown,
  ) => t.request({ method, url: `/api/v1${url}`, token, payload: payload as object });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signupOrg(t, 'Questionnaire Org');
    recruiter = await addUser(t, admin, 'recruiter');
  });
  afterAll(() => t.close());

  it('gives every new organisation the default questionnaire, published', async () => {
    const list = await api('GET', '/questionnaires', admin.token);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, page: 1 });
    const summary = list.json().items[0];
    expect(summary).toMatchObject({
      title: 'Sales role fit',
      status: 'published',
      version: 1,
      publishedVersion: 1,
    });
    const full = await api('GET', `/questionnaires/${summary.id}`, admin.token);
    const q = full.json();
    expect(q.locales).toEqual(['en', 'nb']);
    expect(summary.itemCount).toBe(q.items.length);
    const dims = await api('GET', '/dimensions?pageSize=100', admin.token);
    const byDimension = new Map<string, { keyed: number }[]>();
    for (const item of q.items.filter((i: { type: string }) => i.type === 'likert')) {
      byDimension.set(item.dimension, [...(byDimension.get(item.dimension) ?? []), item]);
    }
    for (const { key } of dims.json().items) {
      const items = byDimension.get(key) ?? [];
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.some((i) => i.keyed === -1)).toBe(true);
    }
    expect(q.items.filter((i: { type: string }) => i.type === 'choice').length).toBeGreaterThan(1);
    expect(q.items.some((i: { type: string }) => i.type === 'knockout')).toBe(true);
    for (const item of q.items) expect(item.text.nb).toEqual(expect.any(String));
  });

  it('creates a draft, edits it in place, validates at publish and freezes versions', async () => {
    const created = await api('POST', '/questionnaires', recruiter.token, { title: 'Empty' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'draft',
      version: 1,
      publishedVersion: null,
      locales: ['en'],
      scale: { min: 1, max: 5 },
      items: [],
    });
    const id = created.json().id;

    // Nothing to publish yet.
    const empty = expectProblem(
      await api('POST', `/questionnaires/${id}/publish`, recruiter.token),
      422,
    );
    expect(empty.errors).toEqual([{ field: 'items', message: 'add at least one item' }]);

    // A draft with every kind of mistake: publishing lists them all by field.
    const broken = {
      locales: ['en', 'nb'],
      scale: { min: 5, max: 5 },
      items: [
        likert('p1', 'prospecting'),
        { ...likert('p1', 'no-such-dimension'), text: { en: 'Only English' } },
        {
          key: 'c1',
          type: 'choice',
          text: text('Choose'),
          options: [{ key: 'a', text: text('A'), scores: { prospecting: 120 } }],
        },
        { key: 'k1', type: 'knockout', text: text('OK?') },
      ],
    };
    const edited = await api('PATCH', `/questionnaires/${id}`, recruiter.token, broken);
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 1, status: 'draft', title: 'Empty' });
    const invalid = expectProblem(
      await api('POST', `/questionnaires/${id}/publish`, recruiter.token),
      422,
    );
    const fields = (invalid.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'scale',
        'items[1].key',
        'items[1].text.nb',
        'items[1].dimension',
        'items[2].options',
        'items[2].options[0].scores.prospecting',
        'items[3].passingAnswer',
      ]),
    );

    // Fixed: publishes, with a warning for the role dimension measured by one likert item.
    const role = await api('POST', '/job-roles', recruiter.token, {
      ...jobRolePayload(),
      questionnaireId: id,
    });
    expect(role.statusCode).toBe(201);
    await api('PATCH', `/questionnaires/${id}`, recruiter.token, {
      ...VALID,
      items: [...VALID.items, { ...likert('stray', 'resilience'), passingAnswer: false }],
    });
    const published = await api('POST', `/questionnaires/${id}/publish`, recruiter.token);
    expect(published.statusCode).toBe(200);
    const { warnings } = published.json();
    expect(published.json()).toMatchObject({ id, version: 1, status: 'published' });
    // jobRolePayload's profile: prospecting (3 likert items: fine), resilience (2), pipeline (0).
    expect(warnings).toHaveLength(2);
    expect(warnings.join(' ')).toMatch(/"resilience" is measured by only 2 likert items/);
    expect(warnings.join(' ')).toMatch(/"pipeline-discipline" is not measured/);

    // Published items are stored in canonical form: no field that does not belong to the type.
    const v1 = await api('GET', `/questionnaires/${id}`, recruiter.token);
    expect(v1.json()).toMatchObject({ status: 'published', version: 1, publishedVersion: 1 });
    expect(v1.json().publishedAt).toEqual(expect.any(String));
    expect(v1.json().items.at(-1)).toEqual({
      key: 'stray',
      type: 'likert',
      text: text('Statement stray'),
      dimension: 'resilience',
      keyed: 1,
    });

    // Published is frozen: publishing again is a conflict, editing opens version 2.
    expectProblem(await api('POST', `/questionnaires/${id}/publish`, recruiter.token), 409);
    const v2 = await api('PATCH', `/questionnaires/${id}`, recruiter.token, { title: 'Booker v2' });
    expect(v2.json()).toMatchObject({
      status: 'draft',
      version: 2,
      publishedVersion: 1,
      title: 'Booker v2',
      scale: VALID.scale,
    });
    expect(v2.json().items).toEqual(v1.json().items);
    const v2again = await api('PATCH', `/questionnaires/${id}`, recruiter.token, {
      items: VALID.items.slice(0, 4),
    });
    expect(v2again.json()).toMatchObject({ version: 2, title: 'Booker v2' });
    expect(v2again.json().items).toHaveLength(4);
    const old = await api('GET', `/questionnaires/${id}?version=1`, recruiter.token);
    expect(old.json()).toMatchObject({ version: 1, status: 'published', title: 'Booker screen' });
    expect(old.json().items).toHaveLength(VALID.items.length + 1);
    expectProblem(await api('GET', `/questionnaires/${id}?version=9`, recruiter.token), 404);
    expectProblem(await api('GET', `/questionnaires/${id}?version=zero`, recruiter.token), 400);

    const list = await api('GET', '/questionnaires?pageSize=1', recruiter.token);
    expect(list.json()).toMatchObject({ total: 2, pageSize: 1 });
    expect(list.json().items[0]).toMatchObject({
      id,
      title: 'Booker v2',
      status: 'draft',
      version: 2,
      publishedVersion: 1,
      itemCount: 4,
    });
  });

  it('answers malformed questionnaires with 400 and field errors', async () => {
    const cases: [unknown, string[]][] = [
      [{}, ['title']],
      [{ title: 'x', locales: ['sv'] }, ['locales']],
      [{ title: 'x', scale: { min: 1.5, max: 5 } }, ['scale.min']],
      [{ title: 'x', items: [{ key: 'a', type: 'essay', text: { en: 'a' } }] }, ['items[0].type']],
      [
        { title: 'x', items: [{ key: 'a', type: 'likert', text: { en: 'a' }, keyed: 2 }] },
        ['items[0].keyed'],
      ],
      [{ title: 'x', items: [{ key: 'a', type: 'likert' }] }, ['items[0].text']],
      [
        { title: 'x', items: [{ key: 'a', type: 'likert', text: { en: 'a' }, colour: 'red' }] },
        ['items[0].colour'],
      ],
      [{ title: 'x', items: 'none' }, ['items']],
    ];
    for (const [payload, expected] of cases) {
      const body = expectProblem(
        await api('POST', '/questionnaires', recruiter.token, payload),
        400,
      );
      const fields = (body.errors as { field: string }[]).map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(expected));
    }
  });

  it('lets managers read but not write questionnaires', async () => {
    const manager = await addUser(t, admin, 'manager');
    const list = await api('GET', '/questionnaires', manager.token);
    expect(list.statusCode).toBe(200);
    const id = list.json().items[0].id;
    expect((await api('GET', `/questionnaires/${id}`, manager.token)).statusCode).toBe(200);
    expectProblem(await api('POST', '/questionnaires', manager.token, VALID), 403);
    expectProblem(await api('PATCH', `/questionnaires/${id}`, manager.token, { title: 'x' }), 403);
    expectProblem(await api('POST', `/questionnaires/${id}/publish`, manager.token), 403);
    expectProblem(await api('POST', `/questionnaires/${id}/reliability`, manager.token), 403);
    expectProblem(await api('GET', '/questionnaires', undefined), 401);
    expectProblem(await api('GET', '/questionnaires/not-a-uuid', manager.token), 404);
  });

  it('documents every questionnaire, assessment and candidate route in OpenAPI', async () => {
    const doc = (await t.request({ method: 'GET', url: '/docs-json' })).json();
    const routes: [string, string, string][] = [
      ['/api/v1/questionnaires', 'post', '201'],
      ['/api/v1/questionnaires', 'get', '200'],
      ['/api/v1/questionnaires/{id}', 'get', '200'],
      ['/api/v1/questionnaires/{id}', 'patch', '200'],
      ['/api/v1/questionnaires/{id}/publish', 'post', '200'],
      ['/api/v1/questionnaires/{id}/reliability', 'post', '202'],
      ['/api/v1/questionnaires/{id}/reliability', 'get', '200'],
      ['/api/v1/job-roles/{id}/assessments', 'post', '201'],
      ['/api/v1/job-roles/{id}/assessments', 'post', '200'],
      ['/api/v1/job-roles/{id}/candidates', 'get', '200'],
      ['/api/v1/assessments/{id}', 'get', '200'],
      ['/api/v1/candidate/assessments/{token}', 'get', '200'],
      ['/api/v1/candidate/assessments/{token}/answers', 'put', '200'],
      ['/api/v1/candidate/assessments/{token}/submit', 'post', '200'],
      ['/api/v1/public/previews/{slug}/applications', 'post', '202'],
    ];
    for (const [path, method, status] of routes) {
      const operation = doc.paths[path]?.[method];
      expect({ path, method, documented: Boolean(operation) }).toEqual({
        path,
        method,
        documented: true,
      });
      expect(operation.responses[status].content['application/json'].schema).toBeDefined();
    }
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.CandidateItemDto.properties).sort()).toEqual([
      'key',
      'options',
      'text',
      'type',
    ]);
    expect(schemas.DimensionResultDto.required).toEqual(
      expect.arrayContaining(['dimension', 'score', 'target', 'weight', 'deviation', 'lossShare']),
    );
    expect(schemas.CreateQuestionnaireDto.required).toEqual(['title']);
  });
});
