/**
 * `/docs`: a readable API reference rendered by the server from the OpenAPI
 * document. One self-contained HTML page: no scripts, no CDN, works under a
 * strict CSP and without JavaScript.
 */
import { PROBLEM_TYPES } from '../http/problem.js';

type Json = Record<string, unknown>;

/** A value of the document as text: primitives as themselves, lists comma-joined. */
const text = (s: unknown): string =>
  typeof s === 'string'
    ? s
    : typeof s === 'number' || typeof s === 'boolean'
      ? String(s)
      : Array.isArray(s)
        ? s.map(text).join(',')
        : '';

const esc = (s: unknown) => text(s).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const inlineMd = (s: unknown) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The little Markdown the descriptions use: `code`, paragraphs and "- " lists. */
function md(source: unknown): string {
  if (!source) return '';
  const inline = inlineMd;
  return text(source)
    .split(/\n\n+/)
    .map((block) =>
      block.startsWith('- ')
        ? `<ul>${block
            .split('\n')
            .map((l) => `<li>${inline(l.replace(/^- /, ''))}</li>`)
            .join('')}</ul>`
        : `<p>${inline(block)}</p>`,
    )
    .join('');
}

function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  }
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' | ');
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Json[]).map(typeOf).join(' | ');
  if (Array.isArray(schema.enum))
    return (schema.enum as unknown[])
      .map((v) => `<code>${esc(JSON.stringify(v))}</code>`)
      .join(' | ');
  if (schema.const !== undefined) return `<code>${esc(JSON.stringify(schema.const))}</code>`;
  if (schema.type === 'array') return `${typeOf(schema.items as Json)}[]`;
  if (
    schema.type === 'object' &&
    schema.additionalProperties &&
    typeof schema.additionalProperties === 'object'
  ) {
    return `{ [${schema.propertyNames ? 'language' : 'key'}]: ${typeOf(schema.additionalProperties as Json)} }`;
  }
  const fmt = schema.format ? ` (${esc(schema.format)})` : '';
  return `${esc(schema.type ?? 'any')}${fmt}`;
}

function constraints(schema: Json): string {
  const bits: string[] = [];
  for (const k of [
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'minItems',
    'maxItems',
    'pattern',
    'default',
  ]) {
    if (schema[k] !== undefined) bits.push(`${k}: <code>${esc(JSON.stringify(schema[k]))}</code>`);
  }
  return bits.join(', ');
}

function schemaTable(schema: Json): string {
  const props = schema.properties as Record<string, Json> | undefined;
  if (!props) return `<p>${typeOf(schema)}</p>`;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const rows = Object.entries(props)
    .map(
      ([name, s]) =>
        `<tr><td><code>${esc(name)}</code>${required.has(name) ? ' <span class="req">required</span>' : ''}</td><td>${typeOf(s)}</td><td>${md(s.description)}${constraints(s)}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>field</th><th>type</th><th>notes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function renderDocsPage(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const schemas = (doc.components as Json).schemas as Record<string, Json>;
  const tags = doc.tags as Array<{ name: string; description: string }>;

  const ops: Array<{ tag: string; method: string; path: string; op: Json }> = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      ops.push({ tag: ((op.tags as string[]) ?? ['Meta'])[0]!, method, path, op });
    }
  }

  const opHtml = ({ method, path, op }: (typeof ops)[number]) => {
    const params = (op.parameters as Json[] | undefined) ?? [];
    const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
    const responses = op.responses as Record<string, Json>;
    return `<section class="op" id="${esc(op.operationId)}">
<h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p class="summary">${esc(op.summary)}${op.security ? ' <span class="auth">API key</span>' : ' <span class="pub">public</span>'}</p>
${md(op.description)}
${
  params.length
    ? `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>type</th><th>notes</th></tr></thead><tbody>${params
        .map(
          (p) =>
            `<tr><td><code>${esc(p.name)}</code>${p.required ? ' <span class="req">required</span>' : ''}</td><td>${esc(p.in)}</td><td>${typeOf(p.schema as Json)}</td><td>${md(p.description)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : ''
}
${
  body
    ? `<h4>Body</h4><p>${Object.entries(body)
        .map(([type, c]) => `<code>${esc(type)}</code>: ${typeOf(c.schema as Json)}`)
        .join('<br>')}</p>`
    : ''
}
<h4>Responses</h4><ul>${Object.entries(responses)
      .map(([code, r]) => {
        const resolved =
          typeof r.$ref === 'string'
            ? ((doc.components as Json).responses as Record<string, Json>)[
                r.$ref.split('/').pop()!
              ]!
            : r;
        const content = resolved.content as Record<string, Json> | undefined;
        const types = content
          ? Object.entries(content)
              .map(([t, c]) => ` — <code>${esc(t)}</code> ${typeOf(c.schema as Json)}`)
              .join('')
          : '';
        return `<li><strong>${esc(code)}</strong> ${inlineMd(resolved.description)}${types}</li>`;
      })
      .join('')}</ul></section>`;
  };

  const toc = tags
    .map(
      (t) =>
        `<li><a href="#tag-${esc(t.name)}">${esc(t.name)}</a><ul>${ops
          .filter((o) => o.tag === t.name)
          .map(
            (o) =>
              `<li><a href="#${esc(o.op.operationId)}"><code>${esc(o.method.toUpperCase())} ${esc(o.path)}</code></a></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} reference</title>
<style>
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--accent:#0b5cad}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--accent:#4d9de0}}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);margin:0;display:grid;grid-template-columns:minmax(14rem,20rem) 1fr}
nav{border-right:1px solid var(--line);padding:1rem;position:sticky;top:0;height:100vh;overflow:auto;font-size:.85rem}
nav ul{list-style:none;padding-left:.75rem;margin:.25rem 0}
main{padding:1rem 2rem;max-width:62rem}
a{color:var(--accent)} code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
.op{border-top:1px solid var(--line);padding-top:.5rem;margin-top:1.5rem}
.method{display:inline-block;min-width:4.5rem;font-size:.8rem;padding:.1rem .4rem;border-radius:.25rem;color:#fff;background:#57606a;text-align:center}
.get{background:#1a7f37}.post{background:#0b5cad}.patch{background:#9a6700}.delete{background:#cf222e}
.req,.auth,.pub{font-size:.75rem;border:1px solid var(--line);border-radius:1rem;padding:0 .4rem;color:var(--muted)}
details pre{overflow:auto;font-size:.8rem}
@media (max-width:50rem){body{display:block}nav{position:static;height:auto;border:0}}
</style></head>
<body><nav aria-label="Contents"><p><strong>${esc(info.title)}</strong> ${esc(info.version)}</p>
<ul>${toc}<li><a href="#schemas">Schemas</a></li><li><a href="#problems">Problems</a></li></ul>
<p><a href="/v1/openapi.json">openapi.json</a></p></nav>
<main><h1>${esc(info.title)}</h1><p>${esc(info.summary)}</p>${md(info.description)}
${tags
  .map(
    (t) =>
      `<h2 id="tag-${esc(t.name)}">${esc(t.name)}</h2><p>${esc(t.description)}</p>${ops
        .filter((o) => o.tag === t.name)
        .map(opHtml)
        .join('')}`,
  )
  .join('')}
<h2 id="schemas">Schemas</h2>
${Object.entries(schemas)
  .map(
    ([name, s]) =>
      `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${md(s.description)}${schemaTable(s)}<details><summary>JSON Schema</summary><pre>${esc(JSON.stringify(s, null, 2))}</pre></details></section>`,
  )
  .join('')}
<h2 id="problems">Problems</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457): <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>, and for invalid input <code>errors: [{ path, message }]</code> with dotted paths such as <code>company.email</code>.</p>
<dl>${Object.entries(PROBLEM_TYPES)
    .map(
      ([status, t]) =>
        `<dt id="problem-${esc(t.slug)}"><code>/docs#problem-${esc(t.slug)}</code></dt><dd>${esc(status)} ${esc(t.title)}</dd>`,
    )
    .join('')}</dl>
</main></body></html>`;
}
