import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export async function insertImage(
  db: Kysely<Database>,
  orgId: string,
  image: {
    id: string;
    alt: string;
    width: number;
    height: number;
    widths: number[];
    createdAt: string;
  },
  variants: { width: number; data: Uint8Array }[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('images')
      .values({
        id: image.id,
        org_id: orgId,
        alt: image.alt,
        width: image.width,
        height: image.height,
        widths: image.widths,
        created_at: image.createdAt,
      })
      .execute();
    for (const v of variants) {
      await trx
        .insertInto('image_variants')
        .values({ image_id: image.id, width: v.width, content_type: 'image/webp', data: v.data })
        .execute();
    }
  });
}

export async function getVariant(db: Kysely<Database>, id: string, width: number) {
  return db
    .selectFrom('image_variants')
    .select(['content_type', 'data'])
    .where('image_id', '=', id)
    .where('width', '=', width)
    .executeTakeFirst();
}

export async function countImages(db: Kysely<Database>, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('images')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The widths stored of one organisation's image, or `undefined` when it has no such image. */
export async function imageWidths(
  db: Kysely<Database>,
  id: string,
  orgId: string,
): Promise<number[] | undefined> {
  const row = await db
    .selectFrom('images')
    .select('widths')
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row?.widths;
}
