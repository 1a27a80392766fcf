// Writes src/internal/generated/submission-check.ts: the entry-point form's
// check of its input, as plain code generated from the SDK's SubmissionInput
// schema (zod). The form then needs no zod in the browser (about 6 kB gzip),
// and the schema stays the one source of the rules: `npm run build` writes the
// file again from it.
//
// The generator reads the schema's definition: objects, optionals, strings
// with trim, min/max length, patterns and string formats, enums, booleans,
// numbers with bounds. Refinements written as functions cannot be read, so
// each one is mapped by hand below, keyed by its source text. Anything else,
// or a refinement whose source changed, fails the build: the generated check
// never silently drifts from the schema. test/unit/submission-check.test.ts
// runs both side by side over many inputs.
//
//   node scripts/gen-submission-check.mjs          writes the file
//   node scripts/gen-submission-check.mjs --check  exits 1 when the file is not what it would write
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SubmissionInput } from '@entrypoint/sdk';
import { config } from 'zod/mini';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}src/internal/generated/submission-check.ts`;

const fail = (path, why) => {
  throw new Error(`gen-submission-check: ${path || '(root)'}: ${why}`);
};

// Messages come from the schema's `error` params; a locale would change them.
if (config().localeError || config().customError)
  fail('', 'a zod locale or custom error map is set; messages would differ');

const src = (fn) => String(fn).replace(/\s+/g, ' ').trim();

/**
 * Refinements written as code, by their source text (white space collapsed):
 * the check each one makes, as code over the value `v` (of the schema's type),
 * and the issue it raises. `aborts`: its issue has no `continue`, so zod skips
 * the checks after it (those without a `when`).
 */
const REFINEMENTS = new Map([
  [
    // int(): a safe integer (packages/sdk/src/schemas/int.ts)
    src(
      `(ctx) => { if (!Number.isSafeInteger(ctx.value)) { ctx.issues.push({ code: "invalid_type", expected: "int", input: ctx.value }); } }`,
    ),
    { fails: (v) => `!Number.isSafeInteger(${v})`, code: 'invalid_type', aborts: true },
  ],
  [
    // accepted(): `true` and nothing else (packages/sdk/src/schemas/submission.ts)
    src(
      `(ctx) => { if (ctx.value !== true) { ctx.issues.push({ code: "invalid_value", values: [true], input: ctx.value, message: error }); } }`,
    ),
    {
      fails: (v) => `${v} !== true`,
      code: 'invalid_value',
      aborts: true,
      messageFromScope: 'error',
    },
  ],
  [
    // HttpUrl: http(s), no white space, and the URL parser takes it (packages/sdk/src/schemas/common.ts)
    src(
      `(value) => { if (!/^https?:\\/\\/\\S+$/i.test(value)) return false; try { return !!new URL(value); } catch { return false; } }`,
    ),
    {
      fails: (v) => `!(/^https?:\\/\\/\\S+$/i.test(${v}) && parses(${v}))`,
      helper: `const parses = (s: string): boolean => {
  try {
    return !!new URL(s);
  } catch {
    return false;
  }
};`,
      code: 'invalid_format',
      aborts: false,
    },
  ],
]);

/** zod's message for an issue raised by `inst` (a check or a schema) owned by `schema`. */
function message(path, inst, schema) {
  for (const x of [inst, schema]) {
    const error = x?._zod.def.error;
    if (!error) continue;
    // Only constant messages (a string `error` param) can be written out.
    const a = error({ code: 'a', path: [], input: 1 });
    const b = error({ code: 'b', path: ['x'], input: 'y' });
    if (typeof a !== 'string' || a !== b) fail(path, 'an error map that is not a constant message');
    return a;
  }
  return 'Invalid input';
}

const helpers = new Set();
const lit = (s) => JSON.stringify(s);
let counter = 0;

/** Code that checks the value in variable `v` against `schema` at dotted `path`. */
function node(schema, path, v) {
  const def = schema._zod.def;
  if (def.coerce) fail(path, 'coercion');
  if (def.abort) fail(path, 'abort');
  const add = (code, msg) => `add(${lit(path)}, ${lit(code)}, ${lit(msg)});`;
  const typeIssue = add('invalid_type', message(path, schema));
  switch (def.type) {
    case 'optional':
      return `if (${v} !== undefined) { ${node(def.innerType, path, v)} }`;
    case 'object': {
      if (def.catchall) fail(path, 'catchall');
      if ((def.checks ?? []).length) fail(path, 'checks on an object');
      let body = '';
      for (const [key, child] of Object.entries(def.shape)) {
        const w = `v${++counter}`;
        body += `{ const ${w} = ${v}[${lit(key)}]; ${node(child, path ? `${path}.${key}` : key, w)} }\n`;
      }
      return `if (!isObject(${v})) ${typeIssue} else { ${body} }`;
    }
    case 'enum': {
      if ((def.checks ?? []).length) fail(path, 'checks on an enum');
      const values = Object.values(def.entries);
      if (values.some((x) => typeof x !== 'string')) fail(path, 'a non-string enum');
      return `if (!${lit(values)}.includes(${v} as string)) ${add('invalid_value', message(path, schema))}`;
    }
    case 'boolean':
    case 'number':
    case 'string': {
      const bad =
        def.type === 'number'
          ? `typeof ${v} !== 'number' || !Number.isFinite(${v})`
          : `typeof ${v} !== '${def.type}'`;
      // A trim writes the value the later checks see.
      const t = `t${++counter}`;
      const { code, trim } = checks(schema, path, t);
      if (!code) return `if (${bad}) ${typeIssue}`;
      return `if (${bad}) ${typeIssue} else { const ${t} = ${trim ? `${v}.trim()` : v}; ${code} }`;
    }
    default:
      return fail(path, `a ${def.type} schema, which the generator does not know`);
  }
}

/** The schema's checks in order, as zod runs them once the type is right: code over `v`. */
function checks(schema, path, v) {
  const def = schema._zod.def;
  const list = [...(def.checks ?? [])];
  // A string format is a schema and its own first check.
  if (def.check) list.unshift(schema);
  // Each step: its test, the issue it adds, whether its issue aborts, whether it has a `when`.
  const steps = [];
  let trim = false;
  for (const ch of list) {
    const d = ch._zod.def;
    if (d.abort) fail(path, 'abort');
    const add = (c, msg = message(path, ch, schema)) =>
      `add(${lit(path)}, ${lit(c)}, ${lit(msg)});`;
    const step = (test, issue, extra = {}) => steps.push({ test, issue, when: !!d.when, ...extra });
    switch (d.check) {
      case 'overwrite':
        if (src(d.tx) !== '(input) => input.trim()') fail(path, `an overwrite: ${src(d.tx)}`);
        if (steps.length || trim) fail(path, 'a trim after other checks');
        trim = true;
        break;
      case 'min_length':
        if (def.type !== 'string') fail(path, 'min_length on a non-string');
        step(`length(${v}) < ${d.minimum}`, add('too_small'));
        break;
      case 'max_length':
        if (def.type !== 'string') fail(path, 'max_length on a non-string');
        step(`length(${v}) > ${d.maximum}`, add('too_big'));
        break;
      case 'greater_than':
        step(`${v} ${d.inclusive ? '<' : '<='} ${d.value}`, add('too_small'));
        break;
      case 'less_than':
        step(`${v} ${d.inclusive ? '>' : '>='} ${d.value}`, add('too_big'));
        break;
      case 'string_format': {
        if (d.format === 'regex' || (d.pattern && src(d.fn) === '(val) => fnOrRegex.test(val)')) {
          if (d.pattern.global || d.pattern.sticky) fail(path, 'a global or sticky pattern');
          step(`!${d.pattern}.test(${v})`, add('invalid_format'));
        } else {
          const r = REFINEMENTS.get(src(d.fn));
          if (!r)
            fail(
              path,
              `a string format "${d.format}" with code the generator does not know: ${src(d.fn)}`,
            );
          if (r.aborts) fail(path, 'an aborting string format');
          if (r.helper) helpers.add(r.helper);
          step(r.fails(v), add(r.code));
        }
        break;
      }
      case 'custom': {
        const r = REFINEMENTS.get(src(ch._zod.check));
        if (!r) fail(path, `a refinement the generator does not know: ${src(ch._zod.check)}`);
        let msg = message(path, ch, schema);
        if (r.messageFromScope) {
          // The refinement names its message in a variable; zod's issue carries it as `message`.
          const probe = { value: Symbol('probe'), issues: [] };
          ch._zod.check(probe);
          msg = probe.issues[0]?.message;
          if (typeof msg !== 'string') fail(path, 'a refinement without its message');
        }
        if (r.helper) helpers.add(r.helper);
        step(r.fails(v), add(r.code, msg), { aborts: r.aborts });
        break;
      }
      default:
        fail(path, `a ${d.check} check, which the generator does not know`);
    }
  }
  // After an aborting issue zod runs only the checks with a `when` (the lengths).
  const flag = steps.some((s, i) => s.aborts && steps.slice(i + 1).some((t) => !t.when));
  let code = flag ? 'let aborted = false;' : '';
  let seenAbort = false;
  for (const s of steps) {
    const test = seenAbort && !s.when ? `!aborted && ${s.test}` : s.test;
    code += `if (${test}) ${flag && s.aborts ? `{ ${s.issue} aborted = true; }` : s.issue}`;
    if (s.aborts) seenAbort = true;
  }
  return { code, trim };
}

const body = node(SubmissionInput, '', 'input');
const text = `// Generated by scripts/gen-submission-check.mjs from the SDK's SubmissionInput
// schema (npm run build writes it). Do not edit: change the schema and build.

/** A problem with the input as zod reports it: dotted path, issue code, message. */
export interface Issue {
  path: string;
  code: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Length in code points, as zod counts it (a surrogate pair is one). */
const length = (s: string): number => s.replace(/[\\ud800-\\udbff][\\udc00-\\udfff]/g, '_').length;

${[...helpers].join('\n\n')}

/**
 * The issues \`SubmissionInput.safeParse(input)\` reports, in its order, for
 * input of the shape \`toSubmissionInput\` makes (each field of its type,
 * or missing). An empty list: the schema accepts it.
 */
export function checkSubmissionInput(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, code: string, message: string) => {
    issues.push({ path, code, message });
  };
  ${body}
  return issues;
}
`;

const options = (await prettier.resolveConfig(out)) ?? {};
const formatted = await prettier.format(text, { ...options, filepath: out });
if (process.argv.includes('--check')) {
  const current = await readFile(out, 'utf8').catch(() => '');
  if (current !== formatted) {
    console.error(`${out} is not what the schema makes: run node scripts/gen-submission-check.mjs`);
    process.exit(1);
  }
} else {
  await mkdir(new URL('.', `file://${out}`), { recursive: true });
  if ((await readFile(out, 'utf8').catch(() => '')) !== formatted) await writeFile(out, formatted);
}
