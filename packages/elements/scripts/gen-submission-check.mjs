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
// It also writes src/internal/generated/submission-values.ts: the honeypot's
// name and the enums' values alone, which the form draws from its first
// render, while the check is in a chunk of its own in the embed, loaded when
// the form is first touched (internal/form-send.ts). Each file has its own
// copy: a module both imported would be a third chunk.
//
//   node scripts/gen-submission-check.mjs          writes the files
//   node scripts/gen-submission-check.mjs --check  exits 1 when a file is not what it would write
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { HONEYPOT_FIELD, SubmissionInput } from '@entrypoint/sdk';
import { config } from 'zod/mini';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}src/internal/generated/submission-check.ts`;
const valuesOut = `${root}src/internal/generated/submission-values.ts`;

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
/** The values of each enum, by dotted path: the form offers them as its choices. */
const enums = new Map();
const lit = (s) => JSON.stringify(s);
const DEFAULT = 'Invalid input';
/** A message argument: left out when it is zod's default. */
const msgArg = (m) => (m === DEFAULT ? '' : `, ${lit(m)}`);

/** The rule (code of the runtime below) for `schema` at dotted `path`. */
function node(schema, path) {
  const def = schema._zod.def;
  if (def.coerce) fail(path, 'coercion');
  if (def.abort) fail(path, 'abort');
  switch (def.type) {
    case 'optional':
      return `optional(${node(def.innerType, path)})`;
    case 'object': {
      if (def.catchall) fail(path, 'catchall');
      if ((def.checks ?? []).length) fail(path, 'checks on an object');
      const fields = Object.entries(def.shape).map(
        ([key, child]) => `${lit(key)}: ${node(child, path ? `${path}.${key}` : key)}`,
      );
      return `object({ ${fields.join(', ')} }${msgArg(message(path, schema))})`;
    }
    case 'enum': {
      if ((def.checks ?? []).length) fail(path, 'checks on an enum');
      const values = Object.values(def.entries);
      if (values.some((x) => typeof x !== 'string')) fail(path, 'a non-string enum');
      enums.set(path, values);
      return `oneOf(values[${lit(path)}]${msgArg(message(path, schema))})`;
    }
    case 'boolean':
    case 'number':
    case 'string': {
      const { steps, trim } = checks(schema, path);
      const args = [lit(def.type), `[${steps.join(', ')}]`];
      const m = message(path, schema);
      if (m !== DEFAULT || trim) args.push(m === DEFAULT ? 'undefined' : lit(m));
      if (trim) args.push('true');
      return `typed(${args.join(', ')})`;
    }
    default:
      return fail(path, `a ${def.type} schema, which the generator does not know`);
  }
}

/**
 * The schema's checks in order, as zod runs them once the type is right:
 * each `[fails, code, message?, aborts?, when?]` for the runtime's `typed`.
 */
function checks(schema, path) {
  const def = schema._zod.def;
  const list = [...(def.checks ?? [])];
  // A string format is a schema and its own first check.
  if (def.check) list.unshift(schema);
  const steps = [];
  let trim = false;
  for (const ch of list) {
    const d = ch._zod.def;
    if (d.abort) fail(path, 'abort');
    // `when`: zod runs the check even after an aborting issue (the lengths do).
    const step = (fails, code, msg = message(path, ch, schema), aborts = false) => {
      const tail = [
        lit(code),
        msg === DEFAULT ? 'undefined' : lit(msg),
        aborts ? '1' : '0',
        d.when ? '1' : '0',
      ];
      while (tail.length > 1 && (tail.at(-1) === '0' || tail.at(-1) === 'undefined')) tail.pop();
      steps.push(`[(v) => ${fails}, ${tail.join(', ')}]`);
    };
    switch (d.check) {
      case 'overwrite':
        if (src(d.tx) !== '(input) => input.trim()') fail(path, `an overwrite: ${src(d.tx)}`);
        if (steps.length || trim) fail(path, 'a trim after other checks');
        trim = true;
        break;
      case 'min_length':
        if (def.type !== 'string') fail(path, 'min_length on a non-string');
        step(`length(v) < ${d.minimum}`, 'too_small');
        break;
      case 'max_length':
        if (def.type !== 'string') fail(path, 'max_length on a non-string');
        step(`length(v) > ${d.maximum}`, 'too_big');
        break;
      case 'greater_than':
        if (def.type !== 'number') fail(path, 'greater_than on a non-number');
        step(`v ${d.inclusive ? '<' : '<='} ${d.value}`, 'too_small');
        break;
      case 'less_than':
        if (def.type !== 'number') fail(path, 'less_than on a non-number');
        step(`v ${d.inclusive ? '>' : '>='} ${d.value}`, 'too_big');
        break;
      case 'string_format': {
        if (def.type !== 'string') fail(path, 'a string format on a non-string');
        if (d.format === 'regex' || (d.pattern && src(d.fn) === '(val) => fnOrRegex.test(val)')) {
          if (d.pattern.global || d.pattern.sticky) fail(path, 'a global or sticky pattern');
          step(`!${d.pattern}.test(v)`, 'invalid_format');
        } else {
          const r = REFINEMENTS.get(src(d.fn));
          if (!r)
            fail(
              path,
              `a string format "${d.format}" with code the generator does not know: ${src(d.fn)}`,
            );
          if (r.aborts) fail(path, 'an aborting string format');
          if (r.helper) helpers.add(r.helper);
          step(r.fails('v'), r.code);
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
        step(r.fails('v'), r.code, msg, r.aborts);
        break;
      }
      default:
        fail(path, `a ${d.check} check, which the generator does not know`);
    }
  }
  return { steps, trim };
}

const rule = node(SubmissionInput, '');
const constants = `/** The name of the form's honeypot field (the SDK's \`HONEYPOT_FIELD\`). */
export const HONEYPOT_FIELD = ${lit(HONEYPOT_FIELD)};

/** The values the schema allows for each of its enums, by dotted path (the form's choices). */
export const values = {
${[...enums].map(([path, v]) => `  ${lit(path)}: ${lit(v)},`).join('\n')}
} as const;
`;
const valuesText = `// Generated by scripts/gen-submission-check.mjs from the SDK's SubmissionInput
// schema (npm run build writes it). Do not edit: change the schema and build.
// The same constants as in ./submission-check.ts, for the form's first render.

${constants}`;
const text = `// Generated by scripts/gen-submission-check.mjs from the SDK's SubmissionInput
// schema (npm run build writes it). Do not edit: change the schema and build.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- the rules take any value */

/** A problem with the input as zod reports it: dotted path, issue code, message. */
export interface Issue {
  path: string;
  code: string;
  message: string;
}

type Add = (path: string, code: string, message: string) => void;
type Rule = (value: any, path: string, add: Add) => void;
/** A check: whether the value fails it, its issue's code and message, whether the issue aborts the checks after it (but those with a \`when\`), whether it has a \`when\`. */
type Check = [fails: (value: any) => boolean, code: string, message?: string, aborts?: 0 | 1, when?: 0 | 1];

${constants}
const DEFAULT = ${lit(DEFAULT)};

/** Length in code points, as zod counts it (a surrogate pair is one). */
const length = (s: string): number => s.replace(/[\\ud800-\\udbff][\\udc00-\\udfff]/g, '_').length;

${[...helpers].join('\n\n')}

const object =
  (shape: Record<string, Rule>, message = DEFAULT): Rule =>
  (v, path, add) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) add(path, 'invalid_type', message);
    else for (const key in shape) shape[key]!(v[key], path ? \`\${path}.\${key}\` : key, add);
  };

const optional =
  (rule: Rule): Rule =>
  (v, path, add) => {
    if (v !== undefined) rule(v, path, add);
  };

const oneOf =
  (allowed: readonly string[], message = DEFAULT): Rule =>
  (v, path, add) => {
    if (!allowed.includes(v)) add(path, 'invalid_value', message);
  };

/** A string, number or boolean, then its checks in order (after a trim, when the schema trims). */
const typed =
  (type: string, checks: Check[], message = DEFAULT, trim?: boolean): Rule =>
  (v, path, add) => {
    if (typeof v !== type || (type === 'number' && !Number.isFinite(v)))
      return add(path, 'invalid_type', message);
    if (trim) v = v.trim();
    let aborted = false;
    for (const [fails, code, msg = DEFAULT, aborts, when] of checks)
      if ((when || !aborted) && fails(v)) {
        add(path, code, msg);
        if (aborts) aborted = true;
      }
  };

const submissionInput: Rule = ${rule};

/**
 * The issues \`SubmissionInput.safeParse(input)\` reports, in its order, for
 * input of the shape \`toSubmissionInput\` makes (each field of its type,
 * or missing). An empty list: the schema accepts it.
 */
export function checkSubmissionInput(input: unknown): Issue[] {
  const issues: Issue[] = [];
  submissionInput(input, '', (path, code, message) => {
    issues.push({ path, code, message });
  });
  return issues;
}
`;

for (const [file, content] of [
  [out, text],
  [valuesOut, valuesText],
]) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  const formatted = await prettier.format(content, { ...options, filepath: file });
  if (process.argv.includes('--check')) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== formatted) {
      console.error(
        `${file} is not what the schema makes: run node scripts/gen-submission-check.mjs`,
      );
      process.exit(1);
    }
  } else {
    await mkdir(new URL('.', `file://${file}`), { recursive: true });
    if ((await readFile(file, 'utf8').catch(() => '')) !== formatted)
      await writeFile(file, formatted);
  }
}
