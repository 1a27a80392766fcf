import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { client } from '../helpers/http.js';

let server: TestServer;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url);
});
afterAll(() => server?.close());

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('POST /v1/coach/challenge', () => {
  it('answers hints in the asked language for the organisation that writes', async () => {
    const { key } = await server.org({ defaultLanguage: 'sv' });
    const res = await api.post(
      '/v1/coach/challenge?lang=nb',
      { title: { sv: 'Ny app för felanmälan' }, need: { sv: 'Vi vill köpa in en app.' } },
      bearer(key),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const solution = res.body.hints.find((h: { id: string }) => h.id === 'solution');
    expect(solution).toMatchObject({ field: 'need', lang: 'sv', found: ['köpa in en app'] });
    expect(solution.message).toBe('Dette høres ut som en løsning. Beskriv behovet i stedet.');
    expect(solution.example.challengeId).toBe('norrhamn-hallbar-kollektivtrafik-2035');
  });

  it('writes in the organisation’s language when none is asked, and checks its languages', async () => {
    const { key } = await server.org({ defaultLanguage: 'fi' });
    const res = await api.post('/v1/coach/challenge', { title: { en: 'Water' } }, bearer(key));
    expect(res.status).toBe(200);
    const translation = res.body.hints.find((h: { id: string }) => h.id === 'translation');
    expect(translation).toMatchObject({ lang: 'fi', message: 'Käännös puuttuu.' });
  });

  it('needs a key or a session, and refuses what is not a draft', async () => {
    expect((await api.post('/v1/coach/challenge', { title: { en: 'x' } })).status).toBe(401);
    const { key } = await server.org();
    const bad = await api.post('/v1/coach/challenge', { title: 'not by language' }, bearer(key));
    expect(bad.status).toBe(422);
    const lang = await api.post('/v1/coach/challenge?lang=de', {}, bearer(key));
    expect(lang.status).toBe(400);
  });
});
