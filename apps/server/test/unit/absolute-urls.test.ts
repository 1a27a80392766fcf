/** Story HTML made to work away from the server: relative links and images made absolute. */
import { describe, expect, it } from 'vitest';
import { absoluteUrls, renderMarkdown } from '../../src/services/markdown.js';

const BASE = 'https://stories.example.org';

describe('absoluteUrls', () => {
  it('resolves root-relative, path-relative and fragment links and images against the base', () => {
    // Stored story HTML holds no relative image (renderMarkdown drops them,
    // see xss.test.ts); HTML from elsewhere may, so this is HTML as written.
    const html =
      '<p><a href="/stories/x" rel="noopener noreferrer">a</a> <a href="other">b</a> ' +
      '<a href="#top">c</a> <img src="/demo-images/e.png" alt="d" title="E" /></p>';
    expect(absoluteUrls(html, BASE)).toBe(
      `<p><a href="${BASE}/stories/x" rel="noopener noreferrer">a</a> ` +
        `<a href="${BASE}/other">b</a> ` +
        `<a href="${BASE}/#top">c</a> ` +
        `<img src="${BASE}/demo-images/e.png" alt="d" title="E" /></p>`,
    );
  });

  it('leaves absolute http(s) and mailto URLs, and the rest of the HTML, as they are', () => {
    const html = renderMarkdown(
      '## Head\n\n[a](https://other.example/x?y=1&z=2) [m](mailto:a@b.example) **bold**',
    );
    expect(absoluteUrls(html, `${BASE}/`)).toBe(html);
  });

  it('finds relative URLs however the attribute is quoted', () => {
    expect(
      absoluteUrls(`<p><a href='/a'>a</a><img src=/b.png alt="b"><a HREF = "c">c</a></p>`, BASE),
    ).toBe(
      `<p><a href="${BASE}/a">a</a><img src="${BASE}/b.png" alt="b" /><a href="${BASE}/c">c</a></p>`,
    );
  });

  it('drops the URL of a link, and the whole image, whose URL does not resolve', () => {
    expect(absoluteUrls('<p><a href="//[::1">x</a><img src="//[y" alt="y"></p>', BASE)).toBe(
      '<p><a>x</a></p>',
    );
  });
});
