/** Countries listed first: the Nordic and Baltic region the product serves. */
const NEAR = ['SE', 'NO', 'FI', 'DK', 'IS', 'EE', 'LV', 'LT'];
/** Two-letter codes that `Intl.DisplayNames` names but that are not countries (unions, reserved, former). */
const NOT_COUNTRIES = new Set(
  'EU EZ UN QO ZZ XA XB AN CS DD SU YU BU TP ZR FX NT QU XK'.split(' '),
);
const cache = new Map<string, [string, string][]>();

/**
 * Every country as `[ISO 3166-1 code, name in the language]`, the near ones
 * first and the rest in the language's alphabetical order; from `Intl`, so
 * no list of names is shipped.
 */
export function countries(lang: string): [string, string][] {
  let list = cache.get(lang);
  if (!list) {
    const names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'none' });
    const all: [string, string][] = [];
    for (let a = 65; a < 91; a++)
      for (let b = 65; b < 91; b++) {
        const code = String.fromCharCode(a, b);
        const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
        if (name && name !== code) all.push([code, name]);
      }
    const collator = new Intl.Collator(lang);
    all.sort((x, y) => collator.compare(x[1], y[1]));
    list = [
      ...NEAR.map((c) => all.find((x) => x[0] === c)).filter((x): x is [string, string] => !!x),
      ...all.filter((x) => !NEAR.includes(x[0])),
    ];
    cache.set(lang, list);
  }
  return list;
}
