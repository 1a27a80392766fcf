/**
 * The board's detail of one challenge: need, vision, opportunity, what the
 * owner offers, the facts, the named entry point, the clusters that match,
 * others working on the same thing, the stories about it, and a way to
 * respond; with its styles and strings. A chunk of its own in the embed,
 * loaded when a challenge is opened or is likely to be (challenge-board.ts
 * `loadDetail`), so that a board's first paint does not wait for it; it
 * imports only code the elements share, or its own.
 */
import type { Challenge, Cluster, Organization, Story } from '@entrypoint/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import { detail as english } from '../i18n/en-detail.js';
import { strings, type Strings, type UiLanguage } from '../i18n/index.js';
import { formatBudget, paragraphs } from './board-format.js';
import type { ElementsClient } from './client.js';
import { apiBase } from './context.js';
import { content, formatDate } from './format.js';
import { heading } from './heading.js';

/** What the board's detail adds below a challenge: others working on the same thing, and the stories about it. */
export interface Extras {
  similar: Challenge[];
  stories: Story[];
}

/** The statuses in which a company can still respond to a challenge. */
const RESPONDING = ['open', 'in-dialogue'];

/** The detail's strings in a UI language (the shared ones and the detail's own). */
export const detailStrings = (lang: UiLanguage): Strings<'detail'> =>
  strings(lang, 'detail', english);

/** What the detail of a challenge reads from its board. */
export interface DetailContext {
  /** The board's strings (the deadline, the theme, the statuses). */
  t: { deadline: string; theme: string; themes: Record<string, string> };
  /** The detail's own strings (`detailStrings`). */
  d: Strings<'detail'>;
  /** The page's language. */
  lang: string;
  /** The owner of the challenge, when the organisations have loaded. */
  org: Organization | undefined;
  /** The board's `respond-url`. */
  respondUrl: string;
  /** Whether the form is open in place. */
  responding: boolean;
  /** The board's `api` and `client`, handed to the form it opens. */
  api: string | undefined;
  client: ElementsClient | undefined;
  /** The clusters part, rendered by the board from its task. */
  clusters: unknown;
  /** Others working on this, and the stories about it, rendered by the board from its task. */
  extras: unknown;
  /** For a solved challenge: the link to the story of how, once the stories are in. */
  storyLink: unknown;
  /** The status badge, the card's (challenge-views.ts `statusBadge`). */
  badge: (c: Pick<Challenge, 'status'>) => TemplateResult;
  /** The board's `via`, handed to the form it opens. */
  via: string;
  /** The level of the challenge's title; its sections are one below. */
  level: number;
  onRespond: () => void;
}

/**
 * The detail of one challenge: need, vision, opportunity, what the owner
 * offers, the facts, the named entry point, the clusters that match, and a
 * way to respond (a link to `respond-url`, or the form opened in place).
 */
export function challengeDetail(c: Challenge, x: DetailContext): TemplateResult {
  const { t, d, lang, org } = x;
  const owner = org?.defaultLanguage;
  const contact = org?.entryPoint ?? c.contact;
  const respond = x.respondUrl ? new URL(x.respondUrl, location.href) : undefined;
  respond?.searchParams.set('challenge', c.id);
  respond?.searchParams.set('org', c.orgId);
  if (x.via) respond?.searchParams.set('via', x.via);
  const fact = (term: string, value: unknown) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  const sub = (text: string) => heading(x.level + 1, text);
  return html`<article>
    ${heading(x.level, content(c.title, lang, owner), 'detail-title', true)}
    <p class="meta muted">
      ${org ? html`<span>${content(org.name, lang, org.defaultLanguage)}</span>` : nothing}
      ${x.badge(c)}
    </p>
    <p class="lead">${content(c.summary, lang, owner)}</p>
    <dl class="facts">
      ${
        c.deadline
          ? fact(
              t.deadline,
              html`<time datetime=${c.deadline}>${formatDate(c.deadline, lang)}</time>`,
            )
          : nothing
      }
      ${c.procurementRoute ? fact(d.route, d.routes[c.procurementRoute]) : nothing}
      ${c.budget ? fact(d.budget, formatBudget(c.budget, lang)) : nothing}
      ${c.themes.length ? fact(t.theme, c.themes.map((th) => t.themes[th]).join(', ')) : nothing}
    </dl>
    ${sub(d.need)} ${paragraphs(c.need, lang, owner)} ${sub(d.vision(c.horizonYear))}
    ${paragraphs(c.vision, lang, owner)} ${sub(d.opportunity)}
    ${paragraphs(c.opportunity, lang, owner)}
    ${
      c.offers.length
        ? html`${sub(d.offersHeading)}
            <ul class="offers">
              ${c.offers.map((o) => html`<li>${d.offers[o]}</li>`)}
            </ul>`
        : nothing
    }
    ${
      contact
        ? html`${sub(d.contact)}
            <p class="contact">
              <strong><bdi>${contact.name}</bdi></strong
              >${contact.role ? html`, <bdi>${contact.role}</bdi>` : nothing}<br />
              <a href="mailto:${contact.email}">${contact.email}</a>${
                contact.phone
                  ? html`<br /><a href="tel:${contact.phone.replace(/[^+0-9]/g, '')}"
                        >${contact.phone}</a
                      >`
                  : nothing
              }
            </p>`
        : nothing
    }
    ${sub(d.clusters)} ${x.clusters} ${x.extras}
    <div class="respond">
      ${
        !RESPONDING.includes(c.status)
          ? x.storyLink
          : respond
            ? html`<a part="respond" class="button" href=${respond.href}>${d.respond}</a>`
            : x.responding
              ? html`<ep-entry-form
                  org=${c.orgId}
                  challenge=${c.id}
                  via=${x.via}
                  lang=${lang}
                  heading-level=${x.level + 1}
                  .api=${x.api}
                  .client=${x.client}
                ></ep-entry-form>`
              : html`<button part="respond" @click=${x.onRespond}>${d.respond}</button>`
      }
    </div>
  </article>`;
}

/** The clusters whose sectors match the challenge, linked to their sites. */
export function clusterList(
  clusters: Cluster[],
  d: Strings<'detail'>,
  lang: string,
): TemplateResult {
  return clusters.length
    ? html`<ul class="clusters">
        ${clusters.map((cl) => {
          const name = content(cl.name, lang, cl.defaultLanguage);
          return html`<li>${cl.website ? html`<a href=${cl.website}>${name}</a>` : name}</li>`;
        })}
      </ul>`
    : html`<p class="muted">${d.noClusters}</p>`;
}

/** The address of a story's page on the server (`/stories/{id}`), which names its organisation. */
const storyHref = (api: string | undefined, s: Story): string =>
  `${apiBase(api)}/stories/${encodeURIComponent(s.id)}`;

/** For a solved challenge, "read the story of how", linked to its first story. */
export function storyLink(
  c: Challenge,
  extras: Extras | undefined,
  d: Strings<'detail'>,
  api: string | undefined,
): TemplateResult | typeof nothing {
  const story = extras?.stories[0];
  return story && c.status === 'solved'
    ? html`<a part="story-link" class="button secondary" href=${storyHref(api, story)}
        >${d.readHow}</a
      >`
    : nothing;
}

/**
 * Others working on the same thing (published challenges of other
 * organisations) and the stories told about the challenge, linked to the
 * server's story pages.
 */
export function extrasView(
  x: Extras,
  d: Strings<'detail'>,
  lang: string,
  orgs: Map<string, Organization> | undefined,
  api: string | undefined,
  level: number,
  badge: (c: Challenge) => TemplateResult,
): TemplateResult {
  const langOf = (orgId: string) => orgs?.get(orgId)?.defaultLanguage;
  return html`${heading(level, d.similar)}
  ${
    x.similar.length
      ? html`<ul part="similar" class="similar">
          ${x.similar.map((c) => {
            const org = orgs?.get(c.orgId);
            return html`<li>
              <a href="#ep-challenge=${encodeURIComponent(c.id)}"
                >${content(c.title, lang, langOf(c.orgId))}</a
              >
              <span class="meta muted"
                >${org ? content(org.name, lang, org.defaultLanguage) : c.orgId} ${badge(c)}</span
              >
            </li>`;
          })}
        </ul>`
      : html`<p class="muted">${d.noSimilar}</p>`
  }
  ${
    x.stories.length
      ? html`${heading(level, d.storiesAbout)}
          <ul part="stories" class="stories">
            ${x.stories.map(
              (s) =>
                html`<li>
                  <a href=${storyHref(api, s)}>${content(s.title, lang, langOf(s.orgId))}</a>
                </li>`,
            )}
          </ul>`
      : nothing
  }`;
}

/**
 * The rules only the detail uses, added to the board's shadow root when the
 * detail's code has loaded (challenge-board.ts), after the board's own: none
 * of them meets a rule of the board's (or internal/shared.styles.ts) of the
 * same specificity, so the order changes nothing. (The detail's margins
 * between its parts and above its headings stay in the board's styles, in
 * that order: they are of the same specificity.)
 */
export const detailStyles = css`
  .similar,
  .stories {
    display: grid;
    gap: 0.5em;
    list-style: none;
  }
  .similar .meta {
    display: inline-flex;
    margin: 0 0 0 0.5em;
  }
  .lead {
    font-size: 1.1em;
  }
  .prose > * + * {
    margin-block-start: 0.6em;
  }
  .prose h4 {
    font-size: 1em;
  }
  .prose :is(ul, ol) {
    padding-inline-start: 1.25em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.75em;
    padding: var(--ep-space, 1em);
    border-radius: var(--ep-radius, 0.375em);
    background: var(--ep-color-surface-alt, light-dark(#f3f6fa, #1c232b));
  }
  dt {
    font-weight: 600;
  }
  .offers,
  .clusters {
    padding-inline-start: 1.25em;
  }
  .respond {
    margin-block-start: 1.5em;
  }
`;

/**
 * Not used here: re-exported so that esbuild counts the code every element
 * shares as this chunk's too, and keeps it in one shared chunk of the embed.
 * Without them, the part of it this chunk does not use (the base styles,
 * tasks, EpElement, organisations, errors) would be a second shared chunk on
 * every page: one more request, and some 500 B more gzip on a page without
 * the board, as the two compress apart. (scripts/build-embed.mjs fails the
 * build when an element's chunk imports more than one shared chunk.)
 */
export { base } from './shared.styles.js';
export { Task } from './task.js';
export { EpElement } from './ep-element.js';
export { organizations } from './orgs.js';
export { failureKind } from './errors.js';
