/** How one challenge is shown on the board: its card in the list, and its detail. */
import type { Challenge, ChallengeCard, Cluster, Localized, Organization } from '@entrypoint/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import type { ElementsClient } from './client.js';
import { formatBudget, paragraphs } from './board-format.js';
import { content, formatDate } from './format.js';
import { HASH } from './hash-route.js';
import { heading } from './heading.js';

/** The statuses in which a company can still respond to a challenge. */
const RESPONDING = ['open', 'in-dialogue'];

/** What the detail of a challenge reads from its board. */
export interface DetailContext {
  t: Strings<'board'>;
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
  /** Others working on this, and the stories about it (a lazy chunk), rendered by the board. */
  extras: unknown;
  /** For a solved challenge: the link to the story of how, once the stories are in. */
  storyLink: unknown;
  /** The board's `via`, handed to the form it opens. */
  via: string;
  /** The level of the challenge's title; its sections are one below. */
  level: number;
  onRespond: () => void;
}

/** The status badge of a challenge, in its card and its detail. */
export const statusBadge = (t: Strings<'board'>, c: Pick<Challenge, 'status'>): TemplateResult =>
  html`<span part="status" class="status status-${c.status}">${t.statuses[c.status]}</span>`;

/**
 * One challenge in the board's list: title (the link that opens it), owner,
 * status, deadline, summary, themes. A card from the server (`view=card`)
 * carries its texts and its owner's name in one language each; a whole
 * challenge (from a client of an older server) takes its owner's name from
 * `org`.
 */
export function challengeCard(
  c: ChallengeCard | Challenge,
  t: Strings<'board'>,
  lang: string,
  org: (Pick<Organization, 'defaultLanguage'> & { name?: Localized | undefined }) | undefined,
  level = 3,
): TemplateResult {
  const owner = org?.defaultLanguage;
  const name = ('owner' in c && c.owner) || org?.name;
  return html`<li>
    <article part="card" class="card">
      ${heading(
        level,
        html`<a href="${HASH}${encodeURIComponent(c.id)}" data-id=${c.id}
          >${content(c.title, lang, owner)}</a
        >`,
      )}
      <p class="meta muted">
        ${name ? html`<span>${content(name, lang, owner)}</span>` : nothing} ${statusBadge(t, c)}
        ${
          c.deadline
            ? html`<span
                >${t.deadline}:
                <time datetime=${c.deadline}>${formatDate(c.deadline, lang)}</time></span
              >`
            : nothing
        }
      </p>
      <p class="summary">${content(c.summary, lang, owner)}</p>
      ${
        c.themes.length
          ? html`<ul class="themes">
              ${c.themes.map((th) => html`<li>${t.themes[th]}</li>`)}
            </ul>`
          : nothing
      }
    </article>
  </li>`;
}

/**
 * The detail of one challenge: need, vision, opportunity, what the owner
 * offers, the facts, the named entry point, the clusters that match, and a
 * way to respond (a link to `respond-url`, or the form opened in place).
 */
export function challengeDetail(c: Challenge, x: DetailContext): TemplateResult {
  const { t, lang, org } = x;
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
      ${statusBadge(t, c)}
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
      ${c.procurementRoute ? fact(t.route, t.routes[c.procurementRoute]) : nothing}
      ${c.budget ? fact(t.budget, formatBudget(c.budget, lang)) : nothing}
      ${c.themes.length ? fact(t.theme, c.themes.map((th) => t.themes[th]).join(', ')) : nothing}
    </dl>
    ${sub(t.need)} ${paragraphs(c.need, lang, owner)} ${sub(t.vision(c.horizonYear))}
    ${paragraphs(c.vision, lang, owner)} ${sub(t.opportunity)}
    ${paragraphs(c.opportunity, lang, owner)}
    ${
      c.offers.length
        ? html`${sub(t.offersHeading)}
            <ul class="offers">
              ${c.offers.map((o) => html`<li>${t.offers[o]}</li>`)}
            </ul>`
        : nothing
    }
    ${
      contact
        ? html`${sub(t.contact)}
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
    ${sub(t.clusters)} ${x.clusters} ${x.extras}
    <div class="respond">
      ${
        !RESPONDING.includes(c.status)
          ? x.storyLink
          : respond
            ? html`<a part="respond" class="button" href=${respond.href}>${t.respond}</a>`
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
              : html`<button part="respond" @click=${x.onRespond}>${t.respond}</button>`
      }
    </div>
  </article>`;
}

/** The clusters whose sectors match the challenge, linked to their sites. */
export function clusterList(
  clusters: Cluster[],
  t: Strings<'board'>,
  lang: string,
): TemplateResult {
  return clusters.length
    ? html`<ul class="clusters">
        ${clusters.map((cl) => {
          const name = content(cl.name, lang, cl.defaultLanguage);
          return html`<li>${cl.website ? html`<a href=${cl.website}>${name}</a>` : name}</li>`;
        })}
      </ul>`
    : html`<p class="muted">${t.noClusters}</p>`;
}
