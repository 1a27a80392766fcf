/**
 * Reading requests: JSON bodies through the SDK's schemas (the same objects
 * the form and the client use), and query parameters by small typed readers.
 */
import { isLang, isSlug, toFieldErrors, type FieldError } from '@entrypoint/sdk';
import type { Context } from 'hono';
import type { z } from 'zod/mini';
import { HttpProblem } from './problem.js';
import { parseJsonBody } from './middleware/strict-input.js';

/**
 * The raw JSON body; 400 when it is not UTF-8 JSON or holds text that cannot
 * be stored (middleware/strict-input.ts). Type and size are checked before, in app.ts.
 */
export async function readJson(c: Context): Promise<unknown> {
  return parseJsonBody(await c.req.arrayBuffer());
}

export function validate<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const result = (schema as unknown as z.ZodMiniType).safeParse(value);
  if (!result.success) {
    // Worded by the SDK: zod/mini's own message is a bare "Invalid input".
    const errors = toFieldErrors(result.error.issues);
    throw new HttpProblem(422, 'The request body does not match the schema', { errors });
  }
  return result.data as z.output<S>;
}

export async function readBody<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
): Promise<z.output<S>> {
  return validate(schema, await readJson(c));
}

/** Query parameters, collecting every error before answering 400. */
export class Query {
  readonly errors: FieldError[] = [];
  constructor(private readonly c: Context) {}

  string(name: string, { max = 200 } = {}): string | undefined {
    const all = this.c.req.queries(name);
    if (all && all.length > 1) {
      this.errors.push({
        path: name,
        message: `Give ${name} once; several values go in one, comma-separated (${name}=a,b)`,
      });
    }
    const v = all?.[0];
    if (v === undefined || v === '') return undefined;
    if (v.length > max) this.errors.push({ path: name, message: `At most ${max} characters` });
    return v.slice(0, max);
  }

  /** A comma-separated list; each item must match `valid`. */
  list(name: string, valid: (v: string) => boolean, hint: string): string[] | undefined {
    const v = this.string(name, { max: 2000 });
    if (v === undefined) return undefined;
    const items = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = items.filter((s) => !valid(s));
    if (bad.length)
      this.errors.push({
        path: name,
        message: `Unknown value ${bad.map((b) => `"${b}"`).join(', ')}: ${hint}`,
      });
    return items.length ? items : undefined;
  }

  oneOf(name: string, values: readonly string[]) {
    return this.list(name, (v) => values.includes(v), `use ${values.join(', ')}`);
  }

  limit(def = 20, max = 100): number {
    const v = this.string('limit');
    if (v === undefined) return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      this.errors.push({ path: 'limit', message: `Must be a whole number from 1 to ${max}` });
      return def;
    }
    return n;
  }

  /** `org`: organisation ids, comma-separated. */
  orgs(): string[] | undefined {
    return this.list('org', isSlug, 'organisation ids, comma-separated');
  }

  /** `lang`: one BCP 47 tag (of a search, or of the texts). */
  lang(): string | undefined {
    return this.list('lang', isLang, 'a BCP 47 language tag')?.[0];
  }

  /** `cursor`: the `nextCursor` of the page before. */
  cursor(): string | undefined {
    return this.string('cursor', { max: 500 });
  }

  done(): void {
    if (this.errors.length) {
      throw new HttpProblem(400, 'Invalid query parameters', { errors: this.errors });
    }
  }
}
