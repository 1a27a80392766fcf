/**
 * Share links of unpublished challenges (services/shares.ts): made, listed
 * and withdrawn by the organisation's editors and admins (or its key) under
 * `/v1/challenges/{id}/shares`; opened by anyone holding the link at
 * `/preview/{token}`, a page that draws the challenge with the real
 * `<ep-challenge-board>` from `/embed/entrypoint.js`, opened at its detail.
 * The board's `api` is `/preview/{token}`: below it, the few reads the board
 * makes are answered for that one challenge only (`/preview/{token}/v1/…`),
 * drafts included, while the link works.
 */
import { type Context, Hono } from 'hono';
import { localize, type OrganizationAdmin } from '@entrypoint/sdk';
import { type Deps, type Env, sendJson, sendDeleted } from '../context.js';
import { HttpProblem } from '../problem.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import {
  createShare,
  listShares,
  openShare,
  ownChallenge,
  revokeShare,
  SHARE_DAYS,
} from '../../services/shares.js';
import { getOrganization } from '../../store/organizations.js';
import { recordAudit } from '../../services/audit.js';
import { writer } from '../context.js';
import { escapeHtml } from '../../services/feeds/text.js';
import { json, p, problems } from '../../openapi/shared.js';

/** The preview page's policy: its own script and the embed, no inline code, never framed. */
export const PREVIEW_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const pageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': PREVIEW_CSP,
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Frame-Options': 'DENY',
};

function publicRoot(c: Context, deps: Deps) {
  return (deps.options.publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, '');
}

async function ownedChallenge(deps: Deps, orgId: string, id: string) {
  const challenge = await ownChallenge(deps.store.db, orgId, id);
  if (!challenge) throw new HttpProblem(404, `Challenge "${id}" does not exist`);
  return challenge;
}

async function readDays(c: Context<Env>): Promise<number> {
  const text = await c.req.text();
  let body: unknown = {};
  if (text.trim()) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpProblem(400, 'The body is not JSON');
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpProblem(422, 'Send an object such as {"days": 7}', {
      errors: [{ path: '', message: 'Expected an object' }],
    });
  }
  const extra = Object.keys(body).filter((k) => k !== 'days');
  const days = (body as { days?: unknown }).days ?? SHARE_DAYS.default;
  const errors = extra.map((k) => ({ path: k, message: 'Unknown field' }));
  if (
    !Number.isInteger(days) ||
    (days as number) < SHARE_DAYS.min ||
    (days as number) > SHARE_DAYS.max
  ) {
    errors.push({
      path: 'days',
      message: `Must be a whole number of days from ${SHARE_DAYS.min} to ${SHARE_DAYS.max}`,
    });
  }
  if (errors.length) throw new HttpProblem(422, 'The link cannot be made so', { errors });
  return days as number;
}

const WORDS = {
  en: {
    banner: 'Preview of a challenge that is not published. Do not share this link further.',
    expires: 'The link works until',
    goneTitle: 'This preview link no longer works',
    gone: 'It has expired or was withdrawn. Ask the person who sent it for a new one.',
    unknownTitle: 'There is no preview here',
    unknown: 'Check that the whole link was copied, or ask for a new one.',
    preview: 'Preview',
  },
  sv: {
    banner: 'Förhandsvisning av en utmaning som inte är publicerad. Dela inte länken vidare.',
    expires: 'Länken fungerar till',
    goneTitle: 'Den här förhandsvisningslänken fungerar inte längre',
    gone: 'Den har gått ut eller dragits tillbaka. Be den som skickade den om en ny.',
    unknownTitle: 'Här finns ingen förhandsvisning',
    unknown: 'Kontrollera att hela länken kom med, eller be om en ny.',
    preview: 'Förhandsvisning',
  },
  nb: {
    banner: 'Forhåndsvisning av en utfordring som ikke er publisert. Ikke del lenken videre.',
    expires: 'Lenken virker til',
    goneTitle: 'Denne forhåndsvisningslenken virker ikke lenger',
    gone: 'Den har utløpt eller er trukket tilbake. Be den som sendte den om en ny.',
    unknownTitle: 'Her er det ingen forhåndsvisning',
    unknown: 'Sjekk at hele lenken ble med, eller be om en ny.',
    preview: 'Forhåndsvisning',
  },
  fi: {
    banner: 'Esikatselu haasteesta, jota ei ole julkaistu. Älä jaa linkkiä eteenpäin.',
    expires: 'Linkki toimii',
    goneTitle: 'Tämä esikatselulinkki ei enää toimi',
    gone: 'Se on vanhentunut tai peruttu. Pyydä lähettäjältä uusi linkki.',
    unknownTitle: 'Täällä ei ole esikatselua',
    unknown: 'Tarkista, että koko linkki tuli mukaan, tai pyydä uusi.',
    preview: 'Esikatselu',
  },
} as const;
type Lang = keyof typeof WORDS;
const isLang = (l: string | undefined): l is Lang => !!l && l in WORDS;

function pickLang(c: Context, fallback: string[]): Lang {
  const asked = c.req.query('lang');
  if (isLang(asked)) return asked;
  for (const l of fallback) if (isLang(l)) return l;
  const header = c.req.header('accept-language') ?? '';
  for (const part of header.split(',')) {
    const l = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
    if (l === 'no' || l === 'nn') return 'nb';
    if (isLang(l)) return l;
  }
  return 'en';
}

function page(lang: string, title: string, body: string): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/preview/assets/preview.css">
</head><body>${body}</body></html>`;
}

function messagePage(c: Context, status: 404 | 410, lang: Lang) {
  const w = WORDS[lang];
  const [title, text] = status === 410 ? [w.goneTitle, w.gone] : [w.unknownTitle, w.unknown];
  return c.body(
    page(
      lang,
      title,
      `<main class="message"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main>`,
    ),
    status,
    pageHeaders,
  );
}

/** Opens the board at the shared challenge (the hash it reads), before the embed defines it. */
const PREVIEW_JS = `const board = document.querySelector('ep-challenge-board');
const hash = '#ep-challenge=' + encodeURIComponent(board.dataset.challenge);
if (location.hash !== hash) history.replaceState(null, '', location.pathname + location.search + hash);
`;

const publicOrg = (org: OrganizationAdmin) => ({
  id: org.id,
  kind: org.kind,
  name: org.name,
  country: org.country,
  defaultLanguage: org.defaultLanguage,
  website: org.website,
  entryPoint: org.entryPoint,
  logoUrl: org.logoUrl,
});

const PREVIEW_CSS = `body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:CanvasText;background:Canvas}
.banner{margin:0;padding:.75rem 1rem;background:#fff4ce;color:#3b2f00;border-bottom:1px solid #c9a400}
.banner p{margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem}
.message{max-width:40rem;padding:2rem 1rem}
`;

export function shareRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const db = () => deps.store.db;

  app.post('/v1/challenges/:id/shares', async (c) => {
    const orgId = await inboxOrg(c, deps, 'content');
    const challenge = await ownedChallenge(deps, orgId, c.req.param('id'));
    const days = await readDays(c);
    const actor = c.get('actor');
    const { share, token } = await createShare(db(), deps.clock, {
      orgId,
      challengeId: challenge.id,
      createdBy: actor ? `${actor.kind}:${actor.id}` : 'unknown',
      days,
    });
    // In the organisation's log: the challenge got a link that shows it (the token is not logged).
    await recordAudit(db(), deps.clock, writer(c), {
      orgId,
      action: 'create',
      entityType: 'challenge',
      entityId: challenge.id,
      detail: { shareLink: share.id, expiresAt: share.expiresAt },
    });
    const url = `${publicRoot(c, deps)}/preview/${token}`;
    return sendJson(c, { ...share, url }, { status: 201, visibility: 'private' });
  });

  app.get('/v1/challenges/:id/shares', async (c) => {
    const orgId = await inboxOrg(c, deps, 'content');
    const challenge = await ownedChallenge(deps, orgId, c.req.param('id'));
    const data = await listShares(db(), deps.clock, orgId, challenge.id);
    return sendJson(c, { data }, { visibility: 'private' });
  });

  app.delete('/v1/challenges/:id/shares/:shareId', async (c) => {
    const orgId = await inboxOrg(c, deps, 'content');
    const found = await revokeShare(
      db(),
      deps.clock,
      orgId,
      c.req.param('id'),
      c.req.param('shareId'),
    );
    if (!found)
      throw new HttpProblem(404, `No share link "${c.req.param('shareId')}" of this challenge`);
    await recordAudit(db(), deps.clock, writer(c), {
      orgId,
      action: 'revoke',
      entityType: 'challenge',
      entityId: c.req.param('id'),
      detail: { shareLink: c.req.param('shareId') },
    });
    return sendDeleted(c);
  });

  app.get('/preview/assets/preview.js', (c) =>
    c.body(PREVIEW_JS, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );
  app.get('/preview/assets/preview.css', (c) =>
    c.body(PREVIEW_CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );

  // The reads the board makes with `api="/preview/{token}"`: this challenge only.
  app.get('/preview/:token/v1/*', async (c) => {
    const opened = await openShare(db(), deps.clock, c.req.param('token'));
    const headers = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
    if (opened.kind !== 'ok') {
      throw new HttpProblem(
        opened.kind === 'gone' ? 410 : 404,
        'This preview link no longer works',
        {},
        headers,
      );
    }
    const { challenge } = opened;
    const path = c.req.path.split('/v1/')[1] ?? '';
    const id = encodeURIComponent(challenge.id);
    const none = { data: [], nextCursor: null };
    let body: unknown;
    if (path === 'challenges') body = { data: [challenge], nextCursor: null };
    else if (path === `challenges/${id}`) body = challenge;
    else if (path === `challenges/${id}/similar` || path === `challenges/${id}/clusters`)
      body = none;
    else if (path === 'stories') body = none;
    else if (path === 'organizations' || path === `organizations/${challenge.orgId}`) {
      const org = await getOrganization(db(), challenge.orgId);
      const shown = org ? publicOrg(org) : undefined;
      body = path === 'organizations' ? { data: shown ? [shown] : [], nextCursor: null } : shown;
    }
    if (body === undefined) throw new HttpProblem(404, 'Not part of this preview', {}, headers);
    return c.json(body, 200, headers);
  });

  app.get('/preview/:token', async (c) => {
    const opened = await openShare(db(), deps.clock, c.req.param('token'));
    if (opened.kind !== 'ok') {
      return messagePage(c, opened.kind === 'gone' ? 410 : 404, pickLang(c, []));
    }
    const { challenge, share } = opened;
    const org = await getOrganization(db(), challenge.orgId);
    const lang = pickLang(c, [...Object.keys(challenge.title), org?.defaultLanguage ?? 'en']);
    const w = WORDS[lang];
    const title =
      localize(challenge.title, lang, [org?.defaultLanguage ?? 'en'])?.text ?? challenge.id;
    const expires = new Intl.DateTimeFormat(lang, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(new Date(share.expiresAt));
    const body = `<header class="banner"><p role="note"><strong>${escapeHtml(w.preview)}.</strong> ${escapeHtml(w.banner)}
${escapeHtml(w.expires)} <time datetime="${escapeHtml(share.expiresAt)}">${escapeHtml(expires)} UTC</time>.</p></header>
<main><ep-challenge-board api="${escapeHtml(`${publicRoot(c, deps)}/preview/${c.req.param('token')}`)}" org="${escapeHtml(challenge.orgId)}"
data-challenge="${escapeHtml(challenge.id)}" heading-level="1"></ep-challenge-board></main>
<script type="module" src="/preview/assets/preview.js"></script>
<script type="module" src="/embed/entrypoint.js"></script>`;
    return c.body(page(lang, `${w.preview}: ${title}`, body), 200, pageHeaders);
  });

  return app;
}

const shareSchema = {
  type: 'object',
  required: ['id', 'challengeId', 'createdBy', 'createdAt', 'expiresAt', 'revokedAt', 'state'],
  properties: {
    id: { type: 'string' },
    challengeId: { type: 'string' },
    createdBy: { type: 'string', description: '`staff:ID` or `api_key:ID`.' },
    createdAt: { type: 'string', format: 'date-time' },
    expiresAt: { type: 'string', format: 'date-time' },
    revokedAt: { type: ['string', 'null'], format: 'date-time' },
    state: { type: 'string', enum: ['active', 'expired', 'revoked'] },
  },
};

// The page at /preview/{token} is HTML, outside the API (as /stories/{id}): apps/server/README.md describes it.
export const sharePaths = {
  '/v1/challenges/{id}/shares': {
    post: {
      tags: ['Challenges'],
      summary: 'Make a share link of a challenge',
      description:
        'A link (`url`, said only in this answer: the server keeps a hash of its token) that shows the challenge, a draft included, ' +
        'to anyone who has it, at `/preview/{token}`, until `expiresAt` (`days` from now: 1–30, default 7) or until withdrawn. ' +
        'Editors and admins (or the organisation’s key).',
      operationId: 'createChallengeShare',
      security: inboxSecurity,
      parameters: [p.id, orgHeaderParam],
      requestBody: {
        required: false,
        content: json({
          type: 'object',
          additionalProperties: false,
          properties: {
            days: {
              type: 'integer',
              minimum: SHARE_DAYS.min,
              maximum: SHARE_DAYS.max,
              default: SHARE_DAYS.default,
            },
          },
        }),
      },
      responses: {
        '201': {
          description:
            'Made. `url` carries the token: give it to the people who should see the draft.',
          content: json({
            ...shareSchema,
            required: [...shareSchema.required, 'url'],
            properties: { ...shareSchema.properties, url: { type: 'string', format: 'uri' } },
          }),
        },
        ...problems(400, 401, 403, 404, 415, 422),
      },
    },
    get: {
      tags: ['Challenges'],
      summary: 'List the share links of a challenge',
      description:
        'Every link made, newest first, with its `state` (`active`, `expired`, `revoked`) at the server’s clock; never their tokens. Editors and admins (or the key).',
      operationId: 'listChallengeShares',
      security: inboxSecurity,
      parameters: [p.id, orgHeaderParam],
      responses: {
        '200': {
          description: 'The links.',
          content: json({
            type: 'object',
            required: ['data'],
            properties: { data: { type: 'array', items: shareSchema } },
          }),
        },
        ...problems(400, 401, 403, 404),
      },
    },
  },
  '/v1/challenges/{id}/shares/{shareId}': {
    delete: {
      tags: ['Challenges'],
      summary: 'Withdraw a share link',
      description:
        'The link stops working at once (its page answers 410). Editors and admins (or the key).',
      operationId: 'revokeChallengeShare',
      security: inboxSecurity,
      parameters: [
        p.id,
        {
          name: 'shareId',
          in: 'path',
          required: true,
          description: 'The link’s id.',
          schema: { type: 'string' },
        },
        orgHeaderParam,
      ],
      responses: {
        '204': { description: 'Withdrawn (or already withdrawn).' },
        ...problems(400, 401, 403, 404),
      },
    },
  },
};
