/**
 * The embed builder's logic (src/views/embed-model.ts): the snippet, its
 * escaping, the style block and its CSP hash, the site's origin, and WCAG
 * contrast against known values.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  contrast,
  contrastChecks,
  cspAdvice,
  emptyConfig,
  siteOrigin,
  snippet,
  styleHash,
  styleText,
} from '../../src/views/embed-model.js';

const origin = 'https://entrypoint.example';

describe('embed model', () => {
  test('a minimal snippet: the script and the element with only the attributes set', () => {
    const c = { ...emptyConfig('norrhamn'), tag: 'ep-story-feed' as const };
    expect(snippet(c, origin)).toBe(
      '<script type="module" src="https://entrypoint.example/embed/entrypoint.js"></script>\n' +
        '<ep-story-feed org="norrhamn"></ep-story-feed>',
    );
  });

  test('attributes are escaped; the board takes several owners; the form one', () => {
    const c = {
      ...emptyConfig('norrhamn'),
      orgs: ['norrhamn', 'fjordvik'],
      heading: '"Hi" & <b>bye</b>',
      headingLevel: '3',
      status: 'open',
    };
    expect(snippet(c, origin).split('\n')[1]).toBe(
      '<ep-challenge-board org="norrhamn,fjordvik" status="open" heading="&quot;Hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;" heading-level="3"></ep-challenge-board>',
    );
    const form = { ...c, tag: 'ep-entry-form' as const };
    // The form takes one owner, and has no status.
    expect(snippet(form, origin)).toContain('<ep-entry-form org="norrhamn" heading=');
    expect(snippet(form, origin)).not.toContain('status=');
  });

  test('the brand as a style block for the tag, its hash as CSP computes it, bad values left out', async () => {
    const c = emptyConfig('norrhamn');
    c.tokens = {
      ...c.tokens,
      accent: '#005a4e',
      radius: '0',
      font: 'x; } body { color: red',
      text: 'red',
    };
    const style = styleText(c.tag, c.tokens);
    expect(style).toBe(
      '\n  ep-challenge-board {\n    --ep-color-accent: #005a4e;\n    --ep-radius: 0;\n  }\n',
    );
    expect(snippet(c, origin)).toContain(`<style>${style}</style>`);
    const expected = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
    expect(await styleHash(style)).toBe(expected);
    const advice = cspAdvice(origin, ['https://images.example'], expected);
    expect(advice.directives).toEqual([
      ['script-src', [origin]],
      ['connect-src', [origin]],
      ['img-src', [origin, 'https://images.example']],
      ['style-src', [expected]],
    ]);
    expect(advice.header).not.toContain('unsafe');
  });

  test("a site's address as its origin", () => {
    expect(siteOrigin('www.norrhamn.se/foretag?x=1')).toBe('https://www.norrhamn.se');
    expect(siteOrigin('http://127.0.0.1:8787/a')).toBe('http://127.0.0.1:8787');
    expect(siteOrigin('not an address')).toBeUndefined();
    expect(siteOrigin('javascript:alert(1)')).toBeUndefined();
  });

  test('contrast as WCAG 2.1 computes it', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    const weak = contrastChecks({ ...emptyConfig('x').tokens, accent: '#9ab0c0' });
    expect(weak.map((x) => [x.pair, x.ok])).toEqual([
      ['buttonText', false],
      ['links', false],
    ]);
    expect(contrastChecks(emptyConfig('x').tokens)).toEqual([]);
  });
});
