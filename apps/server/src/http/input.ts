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

/** A NUTS code or a prefix of one: the country's two letters, then up to three more. */
const NUTS_PREFIX = /^[A-Z]{2}[A-Z0-9]{0,3}$/;
/** The shape of a record id (the SDK's `RecordId`). */
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** Query parameters, collecting every error before answering 400. */
export class Query {
  readonly errors: FieldError[] = [];
  /** Every parameter, read from the URL once rather than once per name asked. */
  #params: Record<string, string[]> | undefined;
  constructor(private readonly c: Context) {}

  string(name: string, { max = 200 } = {}): string | undefined {
    const params = (this.#params ??= this.c.req.queries());
    const all = Object.hasOwn(params, name) ? params[name] : undefined;
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

  /**
   * `org`: organisation ids, comma-separated. With `all`, `org=*` names every
   * owner on the server (as leaving `org` out does).
   */
  orgs({ all = false } = {}): string[] | undefined {
    const orgs = this.list(
      'org',
      (v) => isSlug(v) || (all && v === '*'),
      all ? 'organisation ids, comma-separated, or * for all' : 'organisation ids, comma-separated',
    );
    if (!orgs?.includes('*')) return orgs;
    if (orgs.length > 1) this.errors.push({ path: 'org', message: 'Give * alone, or ids' });
    return undefined;
  }

  /** `region`: NUTS codes or their prefixes (`SE2`, `SE224`), comma-separated. */
  regions(): string[] | undefined {
    return this.list('region', (v) => NUTS_PREFIX.test(v), 'NUTS codes, like SE2 or SE224');
  }

  /** One value of a closed set (e.g. `sort`). */
  choice<T extends string>(name: string, values: readonly T[]): T | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    if (!(values as readonly string[]).includes(v)) {
      this.errors.push({ path: name, message: `Unknown value "${v}": use ${values.join(', ')}` });
      return undefined;
    }
    return v as T;
  }

  /** A calendar date (YYYY-MM-DD). */
  date(name: string): string | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const time = Date.parse(`${v}T00:00:00Z`);
    const ok =
      /^\d{4}-\d{2}-\d{2}$/.test(v) &&
      !Number.isNaN(time) &&
      new Date(time).toISOString().startsWith(v);
    if (!ok) this.errors.push({ path: name, message: 'Must be a date, like 2026-01-31' });
    return ok ? v : undefined;
  }

  /** Record ids (challenge ids), one. */
  recordId(name: string): string | undefined {
    const v = this.string(name);
    if (v !== undefined && !RECORD_ID.test(v)) {
      this.errors.push({ path: name, message: 'Must be letters, digits, dashes or underscores' });
      return undefined;
    }
    return v;
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
