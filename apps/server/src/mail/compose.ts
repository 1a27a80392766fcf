/**
 * What a mail says, written once as blocks and rendered twice: as plain text
 * and as simple, accessible HTML (inline styles only, no images, no scripts,
 * every value HTML-escaped here and nowhere else). A mail is in one of the
 * languages the server writes (en, sv, nb, fi); anything else reads English.
 */

export type MailLanguage = 'en' | 'sv' | 'nb' | 'fi';

/** The mail language for a language tag: `sv-FI` → sv, `no`/`nn` → nb, unknown → en. */
export function mailLanguage(tag: string | null | undefined): MailLanguage {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (base === 'sv' || base === 'fi' || base === 'en') return base;
  if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
  return 'en';
}

/** The locale dates and numbers are written in. */
export const LOCALES: Record<MailLanguage, string> = {
  en: 'en-GB',
  sv: 'sv-SE',
  nb: 'nb-NO',
  fi: 'fi-FI',
};

export type Block =
  /** A paragraph; line breaks in it are kept. */
  | { kind: 'p'; text: string }
  /** Label and value pairs (a table in HTML). */
  | { kind: 'facts'; rows: Array<[label: string, value: string]> }
  /** What a person wrote, set apart, under a label. */
  | { kind: 'quote'; label: string; text: string }
  /** The call to action: a link, or (without `href`) only its words. */
  | { kind: 'link'; text: string; href: string | undefined }
  /** A list of items, each with an optional link. */
  | { kind: 'list'; items: Array<{ text: string; href?: string | undefined }> }
  /** A large, monospaced value (a sign-in code). */
  | { kind: 'code'; text: string }
  /** Who signs the mail, one line each. */
  | { kind: 'signature'; lines: string[] }
  /** The small print at the end. */
  | { kind: 'small'; text: string };

export interface Composed {
  subject: string;
  text: string;
  html: string;
}

/** A header value from what people typed: one line, not too long. */
export function oneLine(value: string, max = 120): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped, with line breaks as `<br>`. */
const lines = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>\n');

/** Only http(s) links are ever written into a mail. */
const safeHref = (href: string | undefined) =>
  href && /^https?:\/\//i.test(href) ? href : undefined;

const COLORS = {
  text: '#1a1a1a',
  muted: '#4d4d4d',
  page: '#f3f3f1',
  card: '#ffffff',
  rule: '#d6d6d6',
  accent: '#0b4f8a',
};
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

function blockText(block: Block): string {
  switch (block.kind) {
    case 'p':
      return block.text;
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'quote':
      return `${block.label}\n${block.text
        .split(/\r?\n/)
        .map((l) => `> ${l}`)
        .join('\n')}`;
    case 'link':
      return safeHref(block.href) ? `${block.text}:\n${block.href}` : block.text;
    case 'list':
      return block.items
        .map((i) => `- ${i.text}${safeHref(i.href) ? `\n  ${i.href}` : ''}`)
        .join('\n');
    case 'code':
      return block.text;
    case 'signature':
      return block.lines.join('\n');
    case 'small':
      return block.text;
  }
}

function blockHtml(block: Block): string {
  const p = `margin:0 0 16px;`;
  switch (block.kind) {
    case 'p':
      return `<p style="${p}">${lines(block.text)}</p>`;
    case 'facts':
      return (
        `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;width:100%;">` +
        block.rows
          .map(
            ([label, value]) =>
              `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:600;white-space:nowrap;">${escapeHtml(label)}</th>` +
              `<td style="vertical-align:top;padding:4px 0;">${lines(value)}</td></tr>`,
          )
          .join('') +
        `</table>`
      );
    case 'quote':
      return (
        `<p style="${p}margin-bottom:4px;font-weight:600;">${escapeHtml(block.label)}</p>` +
        `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid ${COLORS.rule};color:${COLORS.text};">${lines(block.text)}</blockquote>`
      );
    case 'link': {
      const href = safeHref(block.href);
      return href
        ? `<p style="margin:24px 0;"><a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;background:${COLORS.accent};color:#ffffff;font-weight:600;text-decoration:underline;border-radius:4px;">${escapeHtml(block.text)}</a></p>`
        : `<p style="${p}">${escapeHtml(block.text)}</p>`;
    }
    case 'list':
      return (
        `<ul style="margin:0 0 16px;padding-left:24px;">` +
        block.items
          .map((i) => {
            const href = safeHref(i.href);
            const text = escapeHtml(i.text);
            return `<li style="margin:0 0 8px;">${href ? `<a href="${escapeHtml(href)}" style="color:${COLORS.accent};">${text}</a>` : text}</li>`;
          })
          .join('') +
        `</ul>`
      );
    case 'code':
      return `<p style="margin:8px 0 24px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:32px;font-weight:700;letter-spacing:6px;">${escapeHtml(block.text)}</p>`;
    case 'signature':
      return `<p style="margin:24px 0 16px;">${block.lines.map(escapeHtml).join('<br>\n')}</p>`;
    case 'small':
      return `<p style="margin:24px 0 0;padding-top:16px;border-top:1px solid ${COLORS.rule};font-size:14px;color:${COLORS.muted};">${lines(block.text)}</p>`;
  }
}

/** The subject, the plain text and the HTML of a mail from its blocks. */
export function compose(lang: MailLanguage, subject: string, blocks: Block[]): Composed {
  const title = oneLine(subject, 200);
  const text = `${blocks.map(blockText).join('\n\n')}\n`;
  const html =
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="color-scheme" content="light"><title>${escapeHtml(title)}</title></head>\n` +
    `<body style="margin:0;padding:0;background:${COLORS.page};">\n` +
    `<div role="article" aria-label="${escapeHtml(title)}" lang="${lang}" style="max-width:600px;margin:0 auto;padding:24px;background:${COLORS.card};color:${COLORS.text};font-family:${FONT};font-size:16px;line-height:1.5;">\n` +
    blocks.map(blockHtml).join('\n') +
    `\n</div>\n</body></html>\n`;
  return { subject: title, text, html };
}
