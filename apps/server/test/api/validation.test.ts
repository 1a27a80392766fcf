import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, submissionInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

const expectProblem = (
  res: { status: number; headers: Headers; body: Record<string, unknown> },
  status: number,
) => {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
};

describe('invalid input answers 422 problem+json naming each path', () => {
  // One case per kind of field the schemas have.
  const cases: Array<[string, (orgId: string) => unknown, string]> = [
    ['a required field is missing', (o) => ({ ...submissionInput(o), title: undefined }), 'title'],
    ['a string is too short', (o) => submissionInput(o, { description: 'short' }), 'description'],
    ['a string is too long', (o) => submissionInput(o, { title: 'x'.repeat(201) }), 'title'],
    ['an enum value is unknown', (o) => submissionInput(o, { kind: 'complaint' as never }), 'kind'],
    [
      'an email is malformed',
      (o) => submissionInput(o, { contact: { name: 'A', email: 'not-an-email' } }),
      'contact.email',
    ],
    [
      'a URL is not http(s)',
      (o) =>
        submissionInput(o, {
          company: { name: 'A', country: 'SE', size: 'small', website: 'javascript:alert(1)' },
        }),
      'company.website',
    ],
    [
      'a country code is wrong',
      (o) => submissionInput(o, { company: { name: 'A', country: 'Sweden', size: 'small' } }),
      'company.country',
    ],
    ['an integer is out of range', (o) => submissionInput(o, { maturity: 12 }), 'maturity'],
    ['a number is not an integer', (o) => submissionInput(o, { maturity: 2.5 }), 'maturity'],
    [
      'a literal is not true',
      (o) => submissionInput(o, { consent: { privacy: false as never } }),
      'consent.privacy',
    ],
    [
      'a boolean is a string',
      (o) => submissionInput(o, { confidential: 'yes' as never }),
      'confidential',
    ],
    [
      'a language tag is malformed',
      (o) => submissionInput(o, { language: 'swedish!' }),
      'language',
    ],
    ['a slug is malformed', (o) => submissionInput(o, { via: 'Not A Slug' }), 'via'],
  ];
  for (const [name, body, path] of cases) {
    it(`when ${name} (${path})`, async () => {
      const { id } = await server.org();
      const res = await api.post('/v1/submissions', body(id), idem());
      expectProblem(res, 422);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([{ path, message: expect.any(String) }]),
      );
      // Worded for a person: zod/mini's own message is a bare "Invalid input".
      for (const e of res.body.errors as { message: string }[])
        expect(e.message).not.toMatch(/^Invalid input$/);
    });
  }

  it('says what is expected in each message', async () => {
    const { id } = await server.org();
    const res = await api.post(
      '/v1/submissions',
      submissionInput(id, { title: 'x'.repeat(201), kind: 'complaint' as never }),
      idem(),
    );
    expectProblem(res, 422);
    const byPath = Object.fromEntries(
      (res.body.errors as { path: string; message: string }[]).map((e) => [e.path, e.message]),
    );
    expect(byPath.title).toMatch(/200/);
    expect(byPath.kind).toMatch(/^Must be one of /);
  });

  it('for localized text, arrays, dates and nested objects of a challenge', async () => {
    const { key } = await server.org();
    const res = await api.post(
      '/v1/challenges',
      challengeInput({
        title: {},
        themes: ['mobility', 'space-travel' as never],
        deadline: '2026-13-45',
        budget: { min: 10, max: 5, currency: 'SEK' },
        location: { name: 'Harbour', lat: 95, lon: 0 },
        links: [{ url: 'ftp://files.example' }],
      }),
      bearer(key),
    );
    expectProblem(res, 422);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'themes.1',
        'deadline',
        'budget.max',
        'location.lat',
        'links.0.url',
      ]),
    );
  });
});

describe('other problems', () => {
  it('400 for a body that is not JSON', async () => {
    const res = await api.post('/v1/submissions', '{"orgId": ', idem());
    expectProblem(res, 400);
  });

  it('415 for a body that is not application/json', async () => {
    const res = await api.post('/v1/submissions', 'orgId=x', {
      ...idem(),
      'content-type': 'application/x-www-form-urlencoded',
    });
    expectProblem(res, 415);
  });

  it('413 for a body over 64 KiB', async () => {
    const { id } = await server.org();
    const res = await api.post(
      '/v1/submissions',
      submissionInput(id, { description: 'x'.repeat(70_000) }),
      idem(),
    );
    expectProblem(res, 413);
  });

  it('400 naming each bad query parameter', async () => {
    const res = await api.get('/v1/challenges?limit=0&status=lost&theme=space&org=Bad_Org');
    expectProblem(res, 400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'limit',
      'org',
      'status',
      'theme',
    ]);
    const cursor = await api.get('/v1/challenges?cursor=garbage');
    expectProblem(cursor, 400);
    expect(cursor.body.errors[0].path).toBe('cursor');
  });

  it('404 problem for unknown ids and unknown paths', async () => {
    expectProblem(await api.get('/v1/challenges/no-such-challenge'), 404);
    expectProblem(await api.get('/v1/clusters/no-such-cluster'), 404);
    expectProblem(await api.get('/v1/stories/no-such-story'), 404);
    expectProblem(await api.get('/v1/nothing-here'), 404);
  });
});
