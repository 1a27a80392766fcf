import { render } from 'lit';
import { describe, expect, test } from 'vitest';
import { markdown } from '../../src/internal/markdown.js';

function html(source: string): string {
  const host = document.createElement('div');
  render(markdown(source), host);
  // Lit's comment markers are not part of what a reader sees.
  return host.innerHTML
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\s+</g, '<')
    .replace(/>\s+/g, '>');
}

describe('markdown', () => {
  test('reads paragraphs separated by blank lines, joining wrapped lines', () => {
    expect(html('One\nline.\n\nTwo.')).toBe('<p>One line.</p><p>Two.</p>');
  });

  test('reads a heading at the start of a block as h4, and what follows as its own block', () => {
    expect(html('## Aim\nFewer cars.')).toBe('<h4>Aim</h4><p>Fewer cars.</p>');
  });

  test('reads bullet and numbered lists, with continuation lines', () => {
    expect(html('- one\n- two\n  more')).toBe('<ul><li>one</li><li>two more</li></ul>');
    expect(html('1. first\n2) second')).toBe('<ol><li>first</li><li>second</li></ol>');
  });

  test('reads bold, italics, code and http(s) or mailto links', () => {
    expect(html('**b** __b__ *i* _i_ `c` [site](https://example.org) [mail](mailto:a@b.c)')).toBe(
      '<p><strong>b</strong><strong>b</strong><em>i</em><em>i</em><code>c</code><a href="https://example.org">site</a><a href="mailto:a@b.c">mail</a></p>',
    );
  });

  test('drops a leading quote mark, and treats CRLF as LF', () => {
    expect(html('> quoted\r\n\r\nnext')).toBe('<p>quoted</p><p>next</p>');
  });

  test('never makes markup from the text: tags stay text, other link schemes stay text', () => {
    const out = html('<img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(out).toBe('<p>&lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</p>');
  });
});
