/**
 * Images for stories (and challenges): uploaded as bytes, checked by what
 * they are rather than what they are called, re-encoded without metadata to
 * a few widths, kept in the database, served from /media/ with a year's
 * caching and a `srcset`.
 *
 * Refused, with nothing stored: more than {@link MAX_IMAGE_BYTES}; anything
 * that is not a JPEG, PNG or WebP by its own bytes (a text file called
 * `.jpg`, an SVG, which can carry script); more than {@link MAX_PIXELS}
 * pixels (a small file that decodes to gigabytes, a decompression bomb,
 * is refused from its header before it is decoded); a missing alt text.
 */
import sharp, { type Metadata } from 'sharp';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import * as store from '../store/images.js';
import { newId } from './ids.js';
import type { Clock } from './clock.js';
import { InvalidError } from './errors.js';

const invalid = (path: string, message: string) => new InvalidError([{ path, message }]);

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: any camera's photo, and far from what a bomb decodes to. */
export const MAX_PIXELS = 40_000_000;
/** The widths made, as far as the original is wide. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

const FORMATS: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export interface StoredImage {
  id: string;
  alt: string;
  width: number;
  height: number;
  widths: number[];
  createdAt: string;
}

/** The variant's path under the server, e.g. `/media/ID-960.webp`. */
export const variantPath = (id: string, width: number) => `/media/${id}-${width}.webp`;

export async function uploadImage(
  db: Kysely<Database>,
  clock: Clock,
  input: { orgId: string; bytes: Uint8Array; alt: string },
): Promise<StoredImage> {
  const alt = input.alt.trim();
  if (!alt) {
    throw invalid('alt', 'Describe the image for people who cannot see it (alt text)');
  }
  if (alt.length > 300) {
    throw invalid('alt', 'Keep the alt text under 300 characters');
  }
  // The header only: the format by its own bytes, and the size before decoding.
  let meta: Metadata;
  try {
    meta = await sharp(input.bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw invalid('body', 'This file is not an image we can read; send a JPEG, PNG or WebP');
  }
  if (!meta.format || !FORMATS[meta.format]) {
    throw invalid(
      'body',
      `This is ${meta.format ? `a ${meta.format.toUpperCase()} file` : 'not an image'}; send a JPEG, PNG or WebP`,
    );
  }
  const w = meta.autoOrient?.width ?? meta.width ?? 0;
  const h = meta.autoOrient?.height ?? meta.height ?? 0;
  if (!w || !h) {
    throw invalid('body', 'The image has no size we can read');
  }
  if (w * h > MAX_PIXELS) {
    throw invalid(
      'body',
      `The image is ${w} × ${h} pixels; send one of at most ${MAX_PIXELS / 1_000_000} megapixels`,
    );
  }
  const widths = [...new Set(IMAGE_WIDTHS.map((x) => Math.min(x, w)))];
  let variants: { width: number; data: Uint8Array }[];
  try {
    variants = await Promise.all(
      widths.map(async (width) => ({
        width,
        // rotate(): the EXIF orientation applied, since the metadata goes.
        // No withMetadata(): EXIF (GPS position, camera), XMP and ICC are dropped.
        data: await sharp(input.bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
          .rotate()
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer(),
      })),
    );
  } catch {
    throw invalid('body', 'The image is damaged and cannot be read');
  }
  const image: StoredImage = {
    id: newId(),
    alt,
    width: w,
    height: h,
    widths,
    createdAt: clock.now().toISOString(),
  };
  await store.insertImage(db, input.orgId, image, variants);
  return image;
}

export { getVariant } from '../store/images.js';
