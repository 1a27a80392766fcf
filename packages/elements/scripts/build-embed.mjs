// Builds the script-tag bundle: dist/embed/entrypoint.js and its chunks.
// One ESM entry; each element is a chunk imported relative to the entry's
// own URL, so a page loads only the elements it has. The metafile is kept for
// the size budgets (scripts/size.mjs).
import { build, transform } from 'esbuild';
import { minify } from 'terser';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/embed`;
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

/**
 * Lit's templates are plain template literals, so a minifier leaves their
 * indentation alone. For our own sources only: CSS in css`` is minified by
 * esbuild's CSS minifier, and runs of whitespace with a line break in the
 * compiled code (template text and code alike) become one space, which HTML,
 * CSS and JS with semicolons read the same way. (Our templates hold no <pre>
 * or <textarea> text, where whitespace would count.)
 */
const compactTemplates = {
  name: 'compact-templates',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async ({ path }) => {
      let source = await readFile(path, 'utf8');
      const css = [];
      for (const m of source.matchAll(/css`([^`$]*)`/g)) css.push(m);
      for (const m of css.reverse()) {
        // charset utf8: non-ASCII (a badge's symbol) stays as it is; escaped as
        // CSS does it (\25cf), it would be an invalid escape in the template literal.
        const min = (
          await transform(m[1], { loader: 'css', minify: true, charset: 'utf8' })
        ).code.trim();
        source =
          source.slice(0, m.index) + 'css`' + min + '`' + source.slice(m.index + m[0].length);
      }
      const js = await transform(source, {
        loader: 'ts',
        tsconfigRaw: {
          compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
        },
        target: 'es2022',
        legalComments: 'none',
        // No comments and no line breaks left in the code; those that remain are inside templates.
        minifyWhitespace: true,
      });
      return { contents: js.code.replace(/\n\s*/g, ' '), loader: 'js' };
    });
  },
};

/**
 * "No globals": Lit keeps bookkeeping on globalThis (version lists, decorator
 * metadata), meant for sharing between copies of the library on one page.
 * The embed keeps its own copy, so here they become module state, and the
 * script adds no property to window. (The npm
 * package's dist is untouched: an app's bundler shares them as the libraries
 * intend.) Each rewrite must match, or the build fails, so a library update
 * cannot silently bring a global back.
 *
 * Nor does the embed read the globals through which a polyfill or a
 * server-rendering runtime hooks into Lit (`litHtmlPolyfillSupport`,
 * `reactiveElementPolyfillSupport`, `litElementPolyfillSupport`,
 * `litElementHydrateSupport`): the browsers it supports need no polyfill
 * (README, Browsers), and its elements are never rendered on a server.
 */
const noGlobals = {
  name: 'no-globals',
  setup(b) {
    const rewrites = [
      {
        file: /lit-html[/\\]lit-html\.js$/,
        edits: [
          [/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0'],
          [/,(\w+)=\w+\.litHtmlPolyfillSupport;\1\?\.\(\w+,\w+\),/, ';'],
        ],
      },
      {
        file: /lit-element[/\\]lit-element\.js$/,
        edits: [
          [/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0'],
          [
            /,\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\);const (\w+)=\w+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:\w+\}\);/,
            ';',
          ],
        ],
      },
      {
        file: /@lit[/\\]reactive-element[/\\]reactive-element\.js$/,
        prefix: 'import{litPropertyMetadata}from"ep:lit-metadata";',
        edits: [
          [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0'],
          [/\w+\.litPropertyMetadata\?\?=new WeakMap/, 'void 0'],
          [/,(\w+)=\w+\.reactiveElementPolyfillSupport,/, ',$1=void 0,'],
          [/,(\w+)\?\.\(\{ReactiveElement:\w+\}\),/, ','],
        ],
      },
      {
        // Every browser the embed supports (README, Browsers) has constructable
        // stylesheets, so Lit's fallback of <style> elements (and the
        // stylesheet-to-text conversion for it) is left out.
        file: /@lit[/\\]reactive-element[/\\]css-tag\.js$/,
        edits: [
          [
            /(\w+)=\w+\.ShadowRoot&&\(void 0===\w+\.ShadyCSS\|\|\w+\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/,
            '$1=!0',
          ],
          [
            /;else for\(const \w+ of \w+\)\{const \w+=document\.createElement\("style"\)[^}]*\}/,
            '',
          ],
          [
            /(\w+)=\w+\?\w+=>\w+:\w+=>\w+ instanceof CSSStyleSheet\?\(\w+=>\{[^}]*\}\)\(\w+\):\w+;/,
            '$1=t=>t;',
          ],
          // Its errors (a developer's mistakes with css``, which our sources do
          // not make) in a few words rather than a paragraph each.
          [/"CSSResult is not constructable\. [^"]*"/, '"CSSResult: use css"'],
          [
            /"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"[^"]*"/,
            '"css: not a css result: "+$1',
          ],
        ],
      },
      {
        file: /@lit[/\\]reactive-element[/\\]decorators[/\\]property\.js$/,
        prefix: 'import{litPropertyMetadata}from"ep:lit-metadata";',
        edits: [[/globalThis\.litPropertyMetadata/g, 'litPropertyMetadata']],
      },
    ];
    b.onResolve({ filter: /^ep:lit-metadata$/ }, () => ({ path: 'lit-metadata', namespace: 'ep' }));
    b.onLoad({ filter: /.*/, namespace: 'ep' }, () => ({
      contents: 'export const litPropertyMetadata = new WeakMap();',
      loader: 'js',
    }));
    for (const r of rewrites)
      b.onLoad({ filter: r.file }, async ({ path }) => {
        let source = await readFile(path, 'utf8');
        for (const [pattern, replacement] of r.edits) {
          if (!pattern.test(source)) throw new Error(`no-globals: ${pattern} not found in ${path}`);
          pattern.lastIndex = 0;
          source = source.replace(pattern, replacement);
        }
        return { contents: (r.prefix ?? '') + source, loader: 'js' };
      });
  },
};

const options = {
  plugins: [compactTemplates, noGlobals],
  absWorkingDir: root,
  entryPoints: { entrypoint: 'src/embed.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
  minify: true,
  // Each script's map beside it (X.js.map), with no `//# sourceMappingURL=`
  // comment: those bytes would reach every page. The server names the map in a
  // `SourceMap` header instead (apps/server/src/http/static.ts); a host that
  // serves dist/embed itself sends that header for devtools to find the maps.
  sourcemap: 'external',
  legalComments: 'external',
  // Hashed, so a server may cache them for a year: /embed/chunks/* never changes.
  chunkNames: 'chunks/[name]-[hash]',
  tsconfig: 'tsconfig.json',
  define: { __EP_EMBED__: 'true' },
  metafile: true,
  logLevel: 'warning',
  // The protected members of EpElement, shortened in the bundle: nothing
  // outside it reads them, and none is a Lit reactive property (whose name
  // Lit keeps as a string; mangling one would break it). A public property,
  // an attribute or the SDK's fields must never be in this list.
  mangleProps: /^(pageLang|focusAfterUpdate|uiLang|rootLang|renderContent)$/,
};

/**
 * For each tag, the chunks its element's chunk imports statically (the
 * shared code it cannot run without), by the hash in their names: the entry
 * preloads them when it sees the tag (src/embed.ts `__EP_PRELOAD__`), so they
 * load beside the element's chunk rather than after it.
 */
function preloadsOf(metafile) {
  const outputs = metafile.outputs;
  const map = {};
  for (const file of Object.keys(outputs)) {
    const m =
      /\/chunks\/((?:challenge-board|entry-form|story-feed|cluster-directory))-[A-Z0-9]+\.js$/.exec(
        file,
      );
    if (!m) continue;
    const seen = new Set();
    const visit = (f) => {
      for (const imp of outputs[f].imports)
        if (imp.kind === 'import-statement' && !seen.has(imp.path)) {
          seen.add(imp.path);
          visit(imp.path);
        }
    };
    visit(file);
    map[`ep-${m[1]}`] = [...seen].map((f) => {
      const hash = /\/chunks\/chunk-([A-Z0-9]+)\.js$/.exec(f)?.[1];
      if (!hash) throw new Error(`build-embed: ${f} is not a shared chunk`);
      return hash;
    });
  }
  return map;
}

const result = await build(options);
const scripts = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));

// The map goes in as the entry's first line (a module-scoped constant the
// entry reads: no global), the source map's lines moved down by one, before
// the minifier's pass, which writes it into the code where it is read.
await prepend(
  `${outdir}/entrypoint.js`,
  `const __EP_PRELOAD__=${JSON.stringify(preloadsOf(result.metafile))};`,
);

/**
 * A second minifier pass over each script, with its source map carried
 * through: terser's compression and names take another 1 to 2 % off a
 * page's gzip bytes (250 to 520 B) after esbuild's. Only safe transforms
 * (no `unsafe` options); exports between the chunks keep their names. The
 * metafile's byte counts are esbuild's, before this pass (scripts/size.mjs
 * measures the files).
 */
await Promise.all(
  scripts.map(async (file) => {
    const path = `${root}${file}`;
    const out = await minify(await readFile(path, 'utf8'), {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
      sourceMap: {
        content: await readFile(`${path}.map`, 'utf8'),
        includeSources: true,
      },
    });
    if (out.code.includes('sourceMappingURL'))
      throw new Error(`build-embed: ${file} names its source map; the SourceMap header does`);
    await writeFile(path, out.code);
    await writeFile(`${path}.map`, /** @type {string} */ (out.map));
  }),
);
// The form checks its input with code generated from the SDK's schema
// (scripts/gen-submission-check.mjs): zod has no place in the embed.
for (const [file, output] of Object.entries(result.metafile.outputs))
  for (const input of Object.keys(output.inputs))
    if (/[/\\]node_modules[/\\]zod[/\\]/.test(input))
      throw new Error(`build-embed: ${input} is in ${file}; the embed must not load zod`);
/** Writes `line` in as a script's first line, its source map's lines moved down by one. */
async function prepend(file, line) {
  await writeFile(file, `${line}\n${await readFile(file, 'utf8')}`);
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  map.mappings = `;${map.mappings}`;
  await writeFile(`${file}.map`, JSON.stringify(map));
}
// An element's chunk is told the file name of the chunk it loads on use (the
// board's detail, the form's check), as a module-scoped constant written in
// as its first line, to import it again under another address after a failed load
// (src/challenge-board.ts `loadDetail`, src/entry-form.ts `loadSend`).
const ELEMENT =
  /\/chunks\/(challenge-board|entry-form|story-feed|cluster-directory)-[A-Z0-9]+\.js$/;
const LANGUAGE = /\/chunks\/(sv|nb|fi)-[A-Z0-9]+\.js$/;
for (const file of scripts.filter((f) => ELEMENT.test(f))) {
  const lazy = result.metafile.outputs[file].imports
    .filter((i) => i.kind === 'dynamic-import' && !ELEMENT.test(i.path) && !LANGUAGE.test(i.path))
    .map((i) => i.path);
  if (lazy.length > 1)
    throw new Error(`build-embed: ${file} loads ${lazy.join(', ')} on use; one at most`);
  if (lazy[0])
    await prepend(
      `${root}${file}`,
      `const __EP_LAZY__=${JSON.stringify(lazy[0].split('/').pop())};`,
    );
}
// The code the elements share is one chunk: a chunk loaded on use that
// imports only part of it would split it in two, on every page
// (src/internal/challenge-detail.ts says how it is kept whole).
for (const file of scripts.filter((f) => ELEMENT.test(f))) {
  const shared = result.metafile.outputs[file].imports.filter((i) => i.kind === 'import-statement');
  if (shared.length !== 1)
    throw new Error(`build-embed: ${file} imports ${shared.length} shared chunks; one expected`);
}

/**
 * The code an element runs as soon as it is loaded (its chunk and the shared
 * chunk it imports) starts with V8's compile hint `//# allFunctionsCalledOnLoad`
 * (https://v8.dev/blog/explicit-compile-hints; ignored elsewhere): Chromium
 * then compiles every function of the file as it streams it in, on a
 * background thread, instead of each function lazily on the main thread when
 * first called (5 to 14 ms of the board's first render, in traces on a loaded
 * 2-core machine). Not the UI catalogues (data), the chunks loaded on use nor
 * the entry (small, and mostly run at once anyway). Written last, so that it
 * is each file's first line. `EP_COMPILE_HINTS=0` builds without them, to
 * compare.
 */
if (process.env.EP_COMPILE_HINTS !== '0')
  for (const file of scripts)
    if (
      /\/chunks\/(chunk|challenge-board|entry-form|story-feed|cluster-directory)-[A-Z0-9]+\.js$/.test(
        file,
      )
    )
      await prepend(`${root}${file}`, '//# allFunctionsCalledOnLoad');
await writeFile(`${root}dist/embed-meta.json`, JSON.stringify(result.metafile));

// Each script also precompressed, at the highest settings (too slow per
// request, fine once per build): the server sends `X.js.br` or `X.js.gz` to
// a browser that accepts it, as nginx's gzip_static and brotli_static would.
await Promise.all(
  scripts.map(async (file) => {
    const source = await readFile(`${root}${file}`);
    await writeFile(
      `${root}${file}.br`,
      brotliCompressSync(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength,
        },
      }),
    );
    await writeFile(`${root}${file}.gz`, gzipSync(source, { level: 9 }));
  }),
);
console.log(`embed: ${scripts.length} files in dist/embed (each also as .br and .gz)`);
