import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A readable id from a title: "Hållbar kollektivtrafik 2035" → "hallbar-kollektivtrafik-2035". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'item';
}

/** Tries `base`, then `base-2`, `base-3` … until `taken` says no. */
export async function uniqueId(base: string, taken: (id: string) => Promise<boolean>) {
  if (!(await taken(base))) return base;
  for (let n = 2; n < 1000; n++) {
    const id = `${base}-${n}`;
    if (!(await taken(id))) return id;
  }
  return `${base}-${randomUUID().slice(0, 8)}`;
}

export const newId = () => randomUUID();

export const sha256 = (text: string | Uint8Array) =>
  createHash('sha256').update(text).digest('hex');

export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** JSON with sorted keys, so equal values hash equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}
