import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { countImages } from '../../src/store/images.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

function upload(key: string, body: Uint8Array | string, type: string, alt = 'A bus stop in snow') {
  const payload = typeof body === 'string' ? body : new Uint8Array(body);
  return fetch(`${server.url}/v1/images?alt=${encodeURIComponent(alt)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': type },
    body: payload,
  });
}

/** A real photo-like JPEG, 2000 × 1200, with EXIF that must not survive. */
async function photo(width = 2000, height = 1200) {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .composite([
      {
        input: await sharp({
          create: { width: 200, height: 200, channels: 3, background: { r: 250, g: 200, b: 0 } },
        })
          .png()
          .toBuffer(),
        top: 100,
        left: 100,
      },
    ])
    .withExif({ IFD0: { Artist: 'Secret Person', Copyright: 'Home address 12' } })
    .jpeg()
    .toBuffer();
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A few hundred bytes whose header says 60,000 × 60,000 pixels: a decompression bomb. */
async function bomb() {
  const png = Buffer.from(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 0, b: 0 } } })
      .png()
      .toBuffer(),
  );
  // IHDR: length (4) "IHDR" (4) width (4) height (4) … CRC over type and data.
  png.writeUInt32BE(60_000, 16);
  png.writeUInt32BE(60_000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('POST /v1/images', () => {
  it('stores a JPEG as WebP widths without its metadata, and serves them for a year', async () => {
    const { id: orgId, key } = await server.org();
    const res = await upload(key, await photo(), 'image/jpeg');
    expect(res.status).toBe(201);
    const image = (await res.json()) as {
      id: string;
      url: string;
      srcset: string;
      widths: number[];
      width: number;
      alt: string;
    };
    expect(image).toMatchObject({ width: 2000, height: 1200, widths: [480, 960, 1600] });
    expect(image.alt).toBe('A bus stop in snow');
    expect(image.srcset.split(', ')).toHaveLength(3);
    expect(await countImages(server.store.db, orgId)).toBe(1);

    const served = await fetch(image.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await served.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1600, height: 960 });
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes('Secret Person')).toBe(false);
    const again = await fetch(image.url, {
      headers: { 'if-none-match': served.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('does not make a small image larger', async () => {
    const { key } = await server.org();
    const png = await sharp({
      create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } },
    })
      .png()
      .toBuffer();
    const res = await upload(key, png, 'image/png');
    expect(res.status).toBe(201);
    expect(((await res.json()) as { widths: number[] }).widths).toEqual([300]);
  });

  it('refuses what is not a JPEG, PNG or WebP, too large, or without alt text, and stores nothing', async () => {
    const { id: orgId, key } = await server.org();
    const cases: [string, Promise<Response>, number, RegExp][] = [
      [
        'a text file called .jpg',
        upload(key, 'This is not an image at all, only text.', 'image/jpeg'),
        422,
        /not an image/,
      ],
      [
        'an SVG with a script',
        upload(
          key,
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          'image/svg+xml',
        ),
        415,
        /SVG/,
      ],
      [
        'an SVG sent as a PNG',
        upload(
          key,
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          'image/png',
        ),
        422,
        /SVG|not an image/i,
      ],
      ['a decompression bomb', upload(key, await bomb(), 'image/png'), 422, /megapixels/],
      [
        '20 MB',
        upload(key, new Uint8Array(20 * 1024 * 1024), 'image/jpeg'),
        413,
        /larger than 10 MiB/,
      ],
      ['no alt text', upload(key, await photo(400, 300), 'image/jpeg', '  '), 422, /alt text/],
    ];
    for (const [what, pending, status, detail] of cases) {
      const res = await pending;
      expect(res.status, what).toBe(status);
      const problem = (await res.json()) as { detail: string };
      expect(problem.detail, what).toMatch(detail);
    }
    expect(await countImages(server.store.db, orgId)).toBe(0);
  });

  it('needs the organisation’s key or an editor; /media answers 404 for what it does not have', async () => {
    const res = await fetch(`${server.url}/v1/images?alt=x`, {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: new Uint8Array(10),
    });
    expect(res.status).toBe(401);
    expect((await fetch(`${server.url}/media/nothing.webp`)).status).toBe(404);
    expect(
      (await fetch(`${server.url}/media/00000000-0000-4000-8000-000000000000-480.webp`)).status,
    ).toBe(404);
  });
});
