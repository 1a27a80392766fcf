/**
 * A story's image from this server's own media (`POST /v1/images`, served at
 * `/media/ID-WIDTH.webp`, services/images.ts) gets its `srcset` from the widths
 * stored, so feeds and elements can offer the browser every width. Any other
 * image is kept as given (its `srcset`, if any, is the writer's).
 */
import type { Kysely } from 'kysely';
import type { StoryImage } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import { imageWidths } from '../store/images.js';
import { variantPath } from './images.js';

const MEDIA = /^\/media\/([0-9a-f-]{36})-\d{1,5}\.webp$/;

/**
 * `image` with `srcset` filled in when its `url` is one of `orgId`'s own
 * uploads (same origin as the `url`); otherwise `image` unchanged.
 */
export async function withSrcset<I extends StoryImage | undefined>(
  db: Kysely<Database>,
  orgId: string,
  image: I,
): Promise<I> {
  if (!image) return image;
  let url: URL;
  try {
    url = new URL(image.url);
  } catch {
    return image;
  }
  const m = MEDIA.exec(url.pathname);
  if (!m || url.search || url.hash) return image;
  const id = m[1]!;
  const widths = await imageWidths(db, id, orgId);
  if (!widths?.length) return image;
  const srcset = widths.map((w) => `${url.origin}${variantPath(id, w)} ${w}w`).join(', ');
  return { ...image, srcset };
}
