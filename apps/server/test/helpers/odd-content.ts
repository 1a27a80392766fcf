/** Text that has broken feeds and pages: markup, XML's own syntax, control characters, scripts. */
import { Parser } from 'htmlparser2';

/** Markup that runs wherever text is taken for HTML. */
export const XSS = '<img src=x onerror=alert(1)>';

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

/** True when `html`, read by an HTML parser, has an element with an event handler (a live payload). */
export function hasLiveHandler(html: string): boolean {
  let live = false;
  const parser = new Parser({
    onopentag(_name, attributes) {
      if (Object.keys(attributes).some((a) => a.toLowerCase().startsWith('on'))) live = true;
    },
  });
  parser.end(html);
  return live;
}
