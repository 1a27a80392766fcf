/** Fills a migrated store with `n` synthetic challenges in SQL (generate_series): seconds for 100,000. */
import { THEMES } from '@entrypoint/sdk';
import { sql } from 'kysely';

const SV = [
  'bussar',
  'laddning',
  'hamnen',
  'cykelbanor',
  'skolmat',
  'fjärrvärme',
  'dagvatten',
  'äldreomsorg',
  'återbruk',
  'solceller',
  'snöröjning',
  'trygghet',
  'bibliotek',
  'turism',
  'fiske',
  'vätgas',
  'skogen',
  'parkering',
  'matsvinn',
  'vårdcentral',
];
const EN = [
  'buses',
  'charging',
  'harbour',
  'cycle lanes',
  'school meals',
  'district heating',
  'stormwater',
  'elderly care',
  'reuse',
  'solar panels',
  'snow clearing',
  'safety',
  'libraries',
  'tourism',
  'fishing',
  'hydrogen',
  'forests',
  'parking',
  'food waste',
  'health centres',
];

/** NUTS codes the synthetic challenges are spread over (neighbours share prefixes). */
const REGIONS = ['SE224', 'SE221', 'SE232', 'SE331', 'SE332', 'NO081', 'NO071', 'FI193', 'FI200'];

/**
 * `orgs` owners (2 by default: bench-city and bench-town; more spread the
 * challenges over bench-org-3 … for lists across owners and similar ones).
 */
export async function seed(db, n, { orgs = 2 } = {}) {
  const now = new Date().toISOString();
  const org = (id, kind) => ({
    id,
    kind,
    name: { en: `Bench ${id}` },
    country: 'SE',
    defaultLanguage: 'sv',
    entryPoint: { name: 'Bench', email: `bench@${id}.example` },
    allowedOrigins: [],
  });
  const owners = ['bench-city', 'bench-town'];
  for (let k = 3; k <= orgs; k++) owners.push(`bench-org-${k}`);
  for (const o of owners.map((id) => org(id, 'city'))) {
    await sql`insert into organizations (id, kind, country, allowed_origins, doc, created_at, updated_at)
      values (${o.id}, ${o.kind}, 'SE', '{}', ${JSON.stringify(o)}, ${now}, ${now})`.execute(db);
  }
  const sv = sql.val(SV);
  const en = sql.val(EN);
  const themes = sql.val(THEMES);
  const regions = sql.val(REGIONS);
  const ownerIds = sql.val(owners);
  const owner = sql`(${ownerIds}::text[])[1 + i % ${sql.lit(owners.length)}]`;
  const region = sql`(${regions}::text[])[1 + (i * 3) % ${sql.lit(REGIONS.length)}]`;
  // Batches keep PGlite's memory in check.
  for (let from = 1; from <= n; from += 10_000) {
    const to = Math.min(n, from + 9_999);
    await sql`
      insert into challenges (id, org_id, status, themes, published_at, sort_at, updated_at, region, doc)
      select
        'bench-' || i,
        ${owner},
        (array['open','in-dialogue','procurement','closed','solved'])[1 + i % 5],
        array[(${themes}::text[])[1 + i % 16], (${themes}::text[])[1 + (i * 7) % 16]],
        ts, ts, ts, ${region},
        jsonb_build_object(
          'id', 'bench-' || i,
          'orgId', ${owner},
          'region', ${region},
          'title', jsonb_build_object('sv', 'Utmaning ' || i || ': ' || (${sv}::text[])[1 + i % 20] || ' och ' || (${sv}::text[])[1 + (i * 7) % 20],
                                      'en', 'Challenge ' || i || ': ' || (${en}::text[])[1 + i % 20] || ' and ' || (${en}::text[])[1 + (i * 7) % 20]),
          'summary', jsonb_build_object('sv', 'Hur kan vi förbättra ' || (${sv}::text[])[1 + (i * 3) % 20] || ' till 2035?',
                                        'en', 'How can we improve ' || (${en}::text[])[1 + (i * 3) % 20] || ' by 2035?'),
          'need', jsonb_build_object('sv', 'Kommunen behöver nya lösningar för ' || (${sv}::text[])[1 + (i * 11) % 20] || '.'),
          'vision', jsonb_build_object('sv', 'År 2035 är ' || (${sv}::text[])[1 + (i * 13) % 20] || ' fossilfritt.'),
          'horizonYear', 2035,
          'opportunity', jsonb_build_object('sv', 'Företag inom ' || (${sv}::text[])[1 + (i * 17) % 20] || '.'),
          'offers', jsonb_build_array('pilot'),
          'themes', jsonb_build_array((${themes}::text[])[1 + i % 16], (${themes}::text[])[1 + (i * 7) % 16]),
          'sdgs', jsonb_build_array(11),
          'status', (array['open','in-dialogue','procurement','closed','solved'])[1 + i % 5],
          'cpvCodes', jsonb_build_array(),
          'links', jsonb_build_array(),
          'publishedAt', to_char(ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'updatedAt', to_char(ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        )
      from (select i, timestamptz '2020-01-01' + i * interval '1 minute' as ts from generate_series(${from}::int, ${to}::int) as i) s
    `.execute(db);
  }
  // The narrow search twin, as the server writes it: each language with its stemmer.
  await sql`
    insert into challenge_search (id, org_id, status, themes, region, search)
    select id, org_id, status, themes, region,
      setweight(to_tsvector('swedish', doc->'title'->>'sv'), 'A') ||
      setweight(to_tsvector('english', doc->'title'->>'en'), 'A') ||
      setweight(to_tsvector('swedish', doc->'summary'->>'sv'), 'B') ||
      setweight(to_tsvector('english', doc->'summary'->>'en'), 'B') ||
      setweight(to_tsvector('swedish', (doc->'need'->>'sv') || ' ' || (doc->'vision'->>'sv') || ' ' || (doc->'opportunity'->>'sv')), 'C')
    from challenges where id like 'bench-%'`.execute(db);
  // As autovacuum would have by now on a live store: flush GIN pending lists, gather statistics.
  await sql`vacuum analyze`.execute(db);
}
