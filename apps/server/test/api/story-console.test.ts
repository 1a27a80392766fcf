/**
 * What the console's story editor relies on: `POST /v1/markdown` renders as a
 * story's `bodyHtml` is rendered; a story with a future `publishedAt` is not
 * public before its time (list, read, feeds, page) but its own staff see it;
 * a story's image from the server's own media carries `srcset`; bad uploads
 * from an editor's session are refused with nothing stored.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { storyInput } from '../helpers/factories.js';
import { addStaff } from '../../src/services/staff.js';
import { systemClock, type Clock } from '../../src/services/clock.js';
import { countImages } from '../../src/store/images.js';
import { signIn } from '../helpers/sign-in.js';
import { parseXml, findAll } from '../helpers/xml.js';

/** A clock the test moves forward (sessions and schedules both follow it). */
let shift = 0;
const clock: Clock = { now: () => new Date(Date.now() + shift) };
const { server, api } = await openTestServer({ trustProxy: true }, { clock });
const db = server.store.db;
let clients = 0;

async function member(orgId: string, role: string) {
  const email = `${role}-${orgId}@example.org`;
  await addStaff(db, systemClock, { orgId, email, role });
  const { cookie } = await signIn(api, db, email, { 'x-forwarded-for': `10.9.0.${++clients}` });
  return { cookie, origin: server.url, 'entrypoint-org': orgId };
}

async function jpeg(width = 1200, height = 800) {
  return sharp({ create: { width, height, channels: 3, background: { r: 10, g: 120, b: 90 } } })
    .jpeg()
    .toBuffer();
}

function upload(headers: Record<string, string>, body: Uint8Array | string, type: string) {
  return fetch(`${server.url}/v1/images?alt=${encodeURIComponent('A ferry at the quay')}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': type },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
}

describe('POST /v1/markdown', () => {
  it('renders and sanitizes as a story body is, for editors and keys', async () => {
    const { id: orgId, key } = await server.org();
    const editor = await member(orgId, 'editor');
    const markdown =
      '# Shore power\n\nIt **worked**. <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n![Quay](https://example.org/q.jpg)';
    const preview = await api.post('/v1/markdown', { markdown }, editor);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('cache-control')).toContain('no-store');
    const html = preview.body.html as string;
    expect(html).toContain('<h2>Shore power</h2>');
    expect(html).toContain('<strong>worked</strong>');
    expect(html).toContain('<img src="https://example.org/q.jpg" alt="Quay" />');
    expect(html).not.toMatch(/script|javascript:|onerror/i);

    // The same function as a story's bodyHtml: byte for byte.
    const story = await api.post(
      '/v1/stories',
      storyInput({ body: { en: markdown } }),
      bearer(key),
    );
    expect(story.status).toBe(201);
    expect(story.body.bodyHtml.en).toBe(html);

    const byKey = await api.post('/v1/markdown', { markdown: 'plain' }, bearer(key));
    expect(byKey.body).toEqual({ html: '<p>plain</p>\n' });
  });

  it('refuses readers, handlers, strangers, too long texts and other bodies', async () => {
    const { id: orgId } = await server.org();
    for (const role of ['handler', 'viewer']) {
      const who = await member(orgId, role);
      const res = await api.post('/v1/markdown', { markdown: 'x' }, who);
      expect(res.status).toBe(403);
      expect(res.body.detail).toContain(role);
    }
    expect((await api.post('/v1/markdown', { markdown: 'x' })).status).toBe(401);
    const editor = await member(orgId, 'editor');
    const long = await api.post('/v1/markdown', { markdown: 'a'.repeat(20_001) }, editor);
    expect(long.status).toBe(422);
    expect(long.body.errors[0].path).toBe('markdown');
    const huge = await api.post('/v1/markdown', { markdown: 'a'.repeat(70_000) }, editor);
    expect(huge.status).toBe(413);
    const missing = await api.post('/v1/markdown', {}, editor);
    expect(missing.status).toBe(422);
    const text = await api.post('/v1/markdown', 'hello', {
      ...editor,
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(415);
  });
});

describe('a scheduled story', () => {
  it('is public only from its publishedAt; its own staff see it before', async () => {
    const { id: orgId, key } = await server.org();
    const editor = await member(orgId, 'editor');
    const later = new Date(clock.now().getTime() + 3_600_000).toISOString();
    const created = await api.post(
      '/v1/stories',
      storyInput({ title: { en: 'Coming tomorrow' }, publishedAt: later }),
      editor,
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await api.post('/v1/stories', storyInput({ title: { en: 'Out already' } }), editor);

    const publicIds = async () =>
      ((await api.get(`/v1/stories?org=${orgId}`)).body.data as { id: string }[]).map((s) => s.id);
    expect(await publicIds()).not.toContain(id);
    expect(await publicIds()).toHaveLength(1);
    expect((await api.get(`/v1/stories/${id}`)).status).toBe(404);
    expect((await fetch(`${server.url}/stories/${id}`)).status).toBe(404);
    const rss = await (await fetch(`${server.url}/v1/stories/feed.rss?org=${orgId}`)).text();
    const links = findAll(parseXml(rss), 'link').map((l) => l.text);
    expect(links.some((l) => l.endsWith(`/stories/${id}`))).toBe(false);
    const feed = (await (
      await fetch(`${server.url}/v1/stories/feed.json?org=${orgId}`)
    ).json()) as {
      items: { url: string }[];
    };
    expect(feed.items.map((i) => i.url).some((u) => u.endsWith(`/stories/${id}`))).toBe(false);

    // Its own staff (naming the organisation) and its key see it, uncached.
    const own = await api.get(`/v1/stories?org=${orgId}`, editor);
    expect((own.body.data as { id: string }[]).map((s) => s.id)).toContain(id);
    expect(own.headers.get('cache-control')).toContain('no-store');
    expect((await api.get(`/v1/stories/${id}`, editor)).status).toBe(200);
    expect((await api.get(`/v1/stories/${id}`, bearer(key))).status).toBe(200);
    // Another organisation's staff do not.
    const other = await server.org();
    const stranger = await member(other.id, 'admin');
    expect((await api.get(`/v1/stories/${id}`, stranger)).status).toBe(404);

    shift += 2 * 3_600_000;
    expect(await publicIds()).toContain(id);
    expect((await api.get(`/v1/stories/${id}`)).status).toBe(200);
    expect((await fetch(`${server.url}/stories/${id}`)).status).toBe(200);
    const later2 = await (await fetch(`${server.url}/v1/stories/feed.rss?org=${orgId}`)).text();
    expect(later2).toContain(`/stories/${id}`);
  });
});

describe("a story's image", () => {
  it('carries a srcset when it is one of the organisation’s own uploads', async () => {
    const { id: orgId, key } = await server.org();
    const editor = await member(orgId, 'editor');
    const res = await upload(editor, await jpeg(), 'image/jpeg');
    expect(res.status).toBe(201);
    const image = (await res.json()) as { url: string; srcset: string };
    const story = await api.post(
      '/v1/stories',
      storyInput({ image: { url: image.url, alt: { en: 'A ferry at the quay' } } }),
      editor,
    );
    expect(story.status).toBe(201);
    expect(story.body.image.srcset).toBe(image.srcset);
    expect(story.body.image.srcset).toMatch(
      /-480\.webp 480w, .*-960\.webp 960w, .*-1200\.webp 1200w$/,
    );
    const read = await api.get(`/v1/stories/${story.body.id}`);
    expect(read.body.image.srcset).toBe(image.srcset);

    // Another organisation's upload, or an image elsewhere: kept as given.
    const other = await server.org();
    const theirs = (await (await upload(bearer(other.key), await jpeg(), 'image/jpeg')).json()) as {
      url: string;
    };
    const patched = await api.patch(
      `/v1/stories/${story.body.id}`,
      { image: { url: theirs.url, alt: { en: 'Theirs' } } },
      bearer(key),
    );
    expect(patched.status).toBe(200);
    expect(patched.body.image.srcset).toBeUndefined();
    const external = await api.patch(
      `/v1/stories/${story.body.id}`,
      {
        image: {
          url: 'https://cdn.example.org/a.jpg',
          alt: { en: 'Elsewhere' },
          srcset: 'https://cdn.example.org/a-400.jpg 400w',
        },
      },
      bearer(key),
    );
    expect(external.body.image.srcset).toBe('https://cdn.example.org/a-400.jpg 400w');
    expect(orgId).toBeTruthy();
  });
});

describe('uploads from an editor’s session', () => {
  it('refuses a 20 MB file, a text file called .jpg, an SVG with a script and a 30000 × 30000 PNG, storing nothing', async () => {
    const { id: orgId } = await server.org();
    const editor = await member(orgId, 'editor');
    // A PNG of a few hundred bytes whose header declares 30000 × 30000 pixels.
    const png = Buffer.from(
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
    );
    png.writeUInt32BE(30_000, 16);
    png.writeUInt32BE(30_000, 20);
    const cases: [string, Promise<Response>, number, RegExp][] = [
      ['20 MB', upload(editor, new Uint8Array(20 * 1024 * 1024), 'image/jpeg'), 413, /larger/],
      ['text as .jpg', upload(editor, 'just some words', 'image/jpeg'), 422, /not an image/],
      [
        'SVG',
        upload(
          editor,
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          'image/svg+xml',
        ),
        415,
        /SVG/,
      ],
      [
        'SVG called .png',
        upload(
          editor,
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          'image/png',
        ),
        422,
        /./,
      ],
      ['bomb', upload(editor, png, 'image/png'), 422, /30000 × 30000|not an image|damaged/],
    ];
    for (const [what, pending, status, detail] of cases) {
      const res = await pending;
      expect(res.status, what).toBe(status);
      expect(res.headers.get('content-type'), what).toContain('application/problem+json');
      const problem = (await res.json()) as { detail?: string; errors?: { message: string }[] };
      const said = `${problem.detail ?? ''} ${problem.errors?.map((e) => e.message).join(' ') ?? ''}`;
      expect(said, what).toMatch(detail);
    }
    expect(await countImages(db, orgId)).toBe(0);
  });

  it('refuses handlers', async () => {
    const { id: orgId } = await server.org();
    const handler = await member(orgId, 'handler');
    const res = await upload(handler, await jpeg(), 'image/jpeg');
    expect(res.status).toBe(403);
    expect(await countImages(db, orgId)).toBe(0);
  });
});
