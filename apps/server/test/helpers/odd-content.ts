/** Text that has broken feeds and pages: markup, XML's own syntax, control characters, scripts. */
import { Parser } from 'htmlparser2';

/** Markup that runs wherever text is taken for HTML. */
export const XSS = '<img src=x onerror=alert(1)>';

/** Markdown and HTML that would run if a story body kept it. */
export const XSS_BODY = [
  '<script>alert(1)</script>',
  '<svg onload=alert(1)><circle r=1></svg>',
  '[md link](javascript:alert(1))',
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  '<iframe src="https://evil.example"></iframe>',
  '"><img src=x onmouseover=alert(1)>',
].join('\n\n');

/** Odd text that a database can store (PostgreSQL's jsonb refuses NUL and lone surrogates). */
export const ODD_STORABLE = [
  'a < b && c > d',
  'the end of a CDATA section ]]> here',
  'pasted\u000Bfrom Word',
  'DEL\u007Fhere',
  'bidi \u202Egnp.exe\u202C and \u2067isolate\u2069',
  'emoji 🚲❄️👩🏽‍🔧',
  'قصة المدينة عن الطاقة',
  'quotes " and \' and &amp; written out',
  XSS,
].join(' | ');

/** Odd text with what no store holds but a feed writer must still survive: NUL and lone surrogates. */
export const ODD_ANY = `${ODD_STORABLE} | NUL\u0000here | lone \uD800 high and \uDC00 low`;

/** What a feed may show of odd text: the same without the characters XML cannot carry. */
export function shown(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/**
 * True when `html`, read by an HTML parser, holds anything that runs: an event
 * handler, a script, frame or object element, or a URL attribute with a
 * scheme other than http(s) and mailto.
 */
export function hasLiveMarkup(html: string): boolean {
  let live = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (['script', 'iframe', 'object', 'embed', 'form'].includes(name)) live = true;
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute.toLowerCase().startsWith('on')) live = true;
        if (
          ['href', 'src', 'action', 'data', 'formaction'].includes(attribute.toLowerCase()) &&
          /^\s*[a-z][a-z0-9+.-]*:/i.test(value) &&
          !/^(https?|mailto):/i.test(value)
        )
          live = true;
      }
    },
  });
  parser.end(html);
  return live;
}
