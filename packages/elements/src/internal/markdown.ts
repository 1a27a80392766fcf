import { html, type TemplateResult } from 'lit';

/**
 * A small Markdown reader for the long texts of challenges (need, vision,
 * opportunity): headings, paragraphs, bullet and numbered lists, bold,
 * italics, code and links. It builds Lit templates, never HTML strings, so
 * nothing in the text can become markup. (Stories come with `bodyHtml`
 * sanitized by the server instead.)
 */
export function markdown(source: string): TemplateResult[] {
  const blocks: TemplateResult[] = [];
  for (const block of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]!.trim());
    if (heading) {
      blocks.push(html`<h4>${inline(heading[2]!)}</h4>`);
      lines.shift();
      if (!lines.length) continue;
    }
    if (lines.every((l) => /^\s*([-*+]|\d+[.)])\s+/.test(l) || /^\s{2,}\S/.test(l))) {
      const items: string[] = [];
      for (const l of lines)
        if (/^\s*([-*+]|\d+[.)])\s+/.test(l)) items.push(l.replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
        else items[items.length - 1] += ` ${l.trim()}`;
      const li = items.map((i) => html`<li>${inline(i)}</li>`);
      blocks.push(
        /^\s*\d/.test(lines[0]!)
          ? html`<ol>
              ${li}
            </ol>`
          : html`<ul>
              ${li}
            </ul>`,
      );
    } else {
      blocks.push(html`<p>${inline(lines.join(' ').replace(/^>\s?/, ''))}</p>`);
    }
  }
  return blocks;
}

const INLINE =
  /\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|_(.+?)_|`(.+?)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+|mailto:[^\s)]+)\)/g;

function inline(text: string): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out.push(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, b1, b2, i1, i2, code, label, href] = m;
    if (b1 ?? b2) out.push(html`<strong>${b1 ?? b2}</strong>`);
    else if (i1 ?? i2) out.push(html`<em>${i1 ?? i2}</em>`);
    else if (code) out.push(html`<code>${code}</code>`);
    else if (label && href) out.push(html`<a href=${href}>${label}</a>`);
  }
  out.push(text.slice(last));
  return out;
}
