/**
 * Image upload (`POST /v1/images`, the body is the image) and the re-encoded
 * widths at `/media/ID-WIDTH.webp`, public and cached for a year.
 */
import { Hono } from 'hono';
import {
  ACCEPTED_TYPES,
  getVariant,
  MAX_IMAGE_BYTES,
  uploadImage,
  variantPath,
  type StoredImage,
} from '../../services/images.js';
import { type Deps, type Env, ownOrigin, sendJson } from '../context.js';
import { Query } from '../input.js';
import { HttpProblem } from '../problem.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import { json, problems } from '../../openapi/shared.js';

function describe(image: StoredImage, base: string) {
  const url = (w: number) => `${base}${variantPath(image.id, w)}`;
  const largest = image.widths[image.widths.length - 1]!;
  return {
    ...image,
    url: url(largest),
    srcset: image.widths.map((w) => `${url(w)} ${w}w`).join(', '),
  };
}

export function imageRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.post('/v1/images', async (c) => {
    const orgId = await inboxOrg(c, deps, 'content');
    const q = new Query(c);
    const alt = q.string('alt', { max: 300 }) ?? '';
    q.done();
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!(ACCEPTED_TYPES as readonly string[]).includes(type)) {
      throw new HttpProblem(
        415,
        type === 'image/svg+xml'
          ? 'SVG images are not accepted (they can carry script); send a JPEG, PNG or WebP'
          : 'Send the image as image/jpeg, image/png or image/webp',
        {},
        { Accept: ACCEPTED_TYPES.join(', ') },
      );
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > MAX_IMAGE_BYTES) {
      throw new HttpProblem(413, `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MiB`);
    }
    const image = await uploadImage(deps.store.db, deps.clock, { orgId, bytes, alt });
    const base = deps.options.publicUrl?.replace(/\/$/, '') ?? ownOrigin(c);
    c.header('Location', variantPath(image.id, image.widths[image.widths.length - 1]!));
    return sendJson(c, describe(image, base), { status: 201, visibility: 'private' });
  });

  app.get('/media/:file', async (c) => {
    const m = /^([0-9a-f-]{36})-(\d{1,5})\.webp$/.exec(c.req.param('file'));
    const variant = m ? await getVariant(deps.store.db, m[1]!, Number(m[2])) : undefined;
    if (!m || !variant) throw new HttpProblem(404, 'No such image');
    const etag = `"${m[1]}-${m[2]}"`;
    const headers = {
      'Content-Type': variant.content_type,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: etag,
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    };
    if (c.req.header('if-none-match')?.includes(etag)) return c.body(null, 304, headers);
    return c.body(new Uint8Array(variant.data), 200, headers);
  });

  return app;
}

const imageSchema = {
  type: 'object',
  required: ['id', 'alt', 'width', 'height', 'widths', 'createdAt', 'url', 'srcset'],
  properties: {
    id: { type: 'string' },
    alt: { type: 'string' },
    width: { type: 'integer', description: 'Of the original, upright.' },
    height: { type: 'integer' },
    widths: { type: 'array', items: { type: 'integer' } },
    createdAt: { type: 'string', format: 'date-time' },
    url: { type: 'string', description: 'The widest variant (WebP).' },
    srcset: { type: 'string', description: 'Every width, for `<img srcset>`.' },
  },
};

export const imagePaths = {
  '/v1/images': {
    post: {
      tags: ['Images'],
      summary: 'Upload an image',
      description:
        `The body is the image itself (JPEG, PNG or WebP by its own bytes, at most ${MAX_IMAGE_BYTES / 1024 / 1024} MiB and 40 megapixels), ` +
        'with its alt text in `alt`. It is re-encoded as WebP at 480, 960 and 1600 pixels wide (as far as it is wide), ' +
        'without its metadata (EXIF, GPS position, XMP), and served from `/media/` with a year’s caching. ' +
        'SVG is refused (415), a file that is not an image (422), a damaged one (422), one too large (413); nothing is stored then. ' +
        'Editors and admins (or the organisation’s key).',
      operationId: 'uploadImage',
      security: inboxSecurity,
      parameters: [
        {
          name: 'alt',
          in: 'query',
          required: true,
          description: 'What the image shows, for people who cannot see it.',
          schema: { type: 'string', minLength: 1, maxLength: 300 },
        },
        orgHeaderParam,
      ],
      requestBody: {
        required: true,
        content: Object.fromEntries(
          ACCEPTED_TYPES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }]),
        ),
      },
      responses: {
        '201': { description: 'Stored.', content: json(imageSchema) },
        ...problems(400, 401, 403, 413, 415, 422),
      },
    },
  },
};
