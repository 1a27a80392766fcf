/**
 * Opens every story of the static build in headless Chromium and fails on a
 * render error, an error on the console or in the page, an element that did
 * not render, or an axe-core WCAG 2.1 A/AA violation. Docs pages are opened
 * too and must render without errors.
 *
 * Uses `storybook-static/` as built by `npm run build` (`npm test` builds it
 * first); builds it when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const staticDir = join(here, '..', 'storybook-static');
const indexFile = join(staticDir, 'index.json');

if (!existsSync(indexFile)) {
  execFileSync('npm', ['run', 'build'], { cwd: join(here, '..'), stdio: 'inherit' });
}

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}
const entries = Object.values(
  (JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> }).entries,
);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(staticDir);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page in a fresh context (no storage shared between stories) and records what goes wrong in it. */
async function open(
  path: string,
): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  await page.goto(`${server.url}/${path}`, { waitUntil: 'domcontentloaded' });
  return { page, problems, close: () => context.close() };
}

/** Waits until Storybook has rendered the story and run its play function; returns the final phase. */
async function storyPhase(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const preview = (
        window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }
      ).__STORYBOOK_PREVIEW__;
      const phase = preview?.currentRender?.phase;
      if (document.body.classList.contains('sb-show-errordisplay')) return 'errored';
      return phase && ['finished', 'completed', 'errored', 'aborted'].includes(phase)
        ? phase
        : false;
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * Lets the elements settle: waits for every `ep-*` element (also inside
 * shadow roots) to finish its pending updates, a few rounds over, and reports
 * elements that are not defined or rendered nothing.
 */
async function settle(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Lit = HTMLElement & { updateComplete?: Promise<unknown> };
    const all = (root: ParentNode): Lit[] =>
      [...root.querySelectorAll<Lit>('*')].flatMap((el) => [
        ...(el.localName.startsWith('ep-') ? [el] : []),
        ...(el.shadowRoot ? all(el.shadowRoot) : []),
      ]);
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (let round = 0; round < 4; round++) {
      await Promise.all(all(document).map((el) => Promise.resolve(el.updateComplete)));
      await frame();
    }
    return all(document.querySelector('#storybook-root') ?? document).flatMap((el) => {
      if (!customElements.get(el.localName)) return [`<${el.localName}> is not defined`];
      if (!el.shadowRoot || el.shadowRoot.childNodes.length === 0)
        return [`<${el.localName}> rendered nothing`];
      return [];
    });
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document.querySelector('#storybook-root') ?? document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations;
  }, WCAG_TAGS);
  return (violations as AxeViolation[]).flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}\n    ${n.failureSummary ?? ''}`,
    ),
  );
}

/**
 * Every story in the default theme and English, and once more in one of the
 * other themes and languages of the toolbar, rotating so that each theme and
 * each language meets every element.
 */
const OTHER_THEMES = ['dark', 'norrhamn', 'fjordvik'];
const OTHER_LANGS = ['sv', 'nb', 'fi'];
const cases = stories.flatMap((s, i) => {
  const theme = OTHER_THEMES[i % OTHER_THEMES.length]!;
  const lang = OTHER_LANGS[Math.floor(i / OTHER_THEMES.length) % OTHER_LANGS.length]!;
  return [
    [`${s.title} / ${s.name}`, s, 'theme:default;lang:en'],
    [`${s.title} / ${s.name} [${theme}, ${lang}]`, s, `theme:${theme};lang:${lang}`],
  ] as const;
});

describe('every story', () => {
  it('exists: the build holds each element in each state the designers asked for', () => {
    const required: Record<string, string[]> = {
      'Elements/Challenge board': [
        'Loading',
        'List',
        'Long list',
        'Detail',
        'Empty',
        'Error',
        'Offline',
      ],
      'Elements/Entry form': [
        'Empty',
        'With errors',
        'Submitting',
        'Dropped connection, then retry',
        'Success',
      ],
      'Elements/Story feed': [
        'List',
        'Grid',
        'Story open',
        'No image',
        'Loading',
        'Empty',
        'Error',
        'Offline',
      ],
    };
    const have = new Set(stories.map((s) => `${s.title}/${s.name}`.toLowerCase()));
    const missing = Object.entries(required).flatMap(([title, names]) =>
      names.filter((n) => !have.has(`${title}/${n}`.toLowerCase())).map((n) => `${title}/${n}`),
    );
    expect(missing).toEqual([]);
  });

  it.concurrent.each(cases)(
    '%s renders without errors and without WCAG 2.1 A/AA violations',
    async (_, entry, globals) => {
      // The a11y addon's own run is switched off (`a11y.manual`): this test runs axe itself.
      const { page, problems, close } = await open(
        `iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=${globals};a11y.manual:!true`,
      );
      try {
        const phase = await storyPhase(page);
        problems.push(...(await settle(page)));
        if (phase !== 'finished' && phase !== 'completed') {
          const message = await page.locator('#error-message, #error-stack').allInnerTexts();
          problems.push(`story ${phase}: ${message.join('\n')}`);
        }
        // The toolbar's language and theme reached the story.
        const wrapper = await page.evaluate(() => {
          const el = document.querySelector<HTMLElement>('#storybook-root .ep-story');
          return { lang: el?.lang, style: el?.getAttribute('style') ?? '' };
        });
        const lang = /lang:(\w+)/.exec(globals)?.[1];
        if (wrapper.lang !== lang)
          problems.push(`the story's wrapper has lang=${wrapper.lang}, not ${lang}`);
        if (globals.includes('theme:dark') && !wrapper.style.includes('color-scheme: dark'))
          problems.push('the dark theme did not reach the story');
        if (
          /theme:(norrhamn|fjordvik)/.test(globals) &&
          !wrapper.style.includes('--ep-color-accent')
        )
          problems.push('the brand tokens did not reach the story');
        problems.push(...(await axeViolations(page)));
        expect(problems, problems.join('\n')).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

describe('every docs page', () => {
  it.concurrent.each(docs.map((d) => [`${d.title} / ${d.name}`, d] as const))(
    '%s renders without errors',
    async (_, entry) => {
      const { page, problems, close } = await open(
        `iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`,
      );
      try {
        await page.locator('#storybook-docs .sbdocs-content').first().waitFor({ timeout: 30_000 });
        problems.push(...(await settle(page)));
        expect(problems, problems.join('\n')).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
