/** How one challenge is shown on the board: its card in the list, and its detail. */
import type { Challenge, Cluster, Organization } from '@entrypoint/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import type { ElementsClient } from './client.js';
import { content, formatBudget, formatDate, paragraphs } from './format.js';
import { HASH } from './hash-route.js';

/** What the detail of a challenge reads from its board. */
export interface DetailContext {
  t: Messages;
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
  onRespond: () => void;
}

/** The status badge of a challenge, in its card and its detail. */
export const statusBadge = (t: Messages, c: Challenge): TemplateResult =>
  html`<span part="status" class="status status-${c.status}">${t.statuses[c.status]}</span>`;

/** One challenge in the board's list: title (the link that opens it), owner, status, deadline, summary, themes. */
export function challengeCard(
  c: Challenge,
  t: Messages,
  lang: string,
  org: Organization | undefined,
): TemplateResult {
  const owner = org?.defaultLanguage;
  return html`<li>
    <article part="card" class="card">
      <h3>
        <a href="${HASH}${encodeURIComponent(c.id)}" data-id=${c.id}
          >${content(c.title, lang, owner)}</a
        >
      </h3>
      <p class="meta muted">
        ${org ? html`<span>${content(org.name, lang, org.defaultLanguage)}</span>` : nothing}
        ${statusBadge(t, c)}
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
  const fact = (term: string, value: unknown) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<article>
    <h2 id="detail-title" tabindex="-1">${content(c.title, lang, owner)}</h2>
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
    <h3>${t.need}</h3>
    ${paragraphs(c.need, lang, owner)}
    <h3>${t.vision(c.horizonYear)}</h3>
    ${paragraphs(c.vision, lang, owner)}
    <h3>${t.opportunity}</h3>
    ${paragraphs(c.opportunity, lang, owner)}
    ${
      c.offers.length
        ? html`<h3>${t.offersHeading}</h3>
            <ul class="offers">
              ${c.offers.map((o) => html`<li>${t.offers[o]}</li>`)}
            </ul>`
        : nothing
    }
    ${
      contact
        ? html`<h3>${t.contact}</h3>
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
    <h3>${t.clusters}</h3>
    ${x.clusters}
    <div class="respond">
      ${
        respond
          ? html`<a part="respond" class="button" href=${respond.href}>${t.respond}</a>`
          : x.responding
            ? html`<ep-entry-form
                org=${c.orgId}
                challenge=${c.id}
                lang=${lang}
                .api=${x.api}
                .client=${x.client}
              ></ep-entry-form>`
            : html`<button part="respond" @click=${x.onRespond}>${t.respond}</button>`
      }
    </div>
  </article>`;
}

/** The clusters whose sectors match the challenge, linked to their sites. */
export function clusterList(clusters: Cluster[], t: Messages, lang: string): TemplateResult {
  return clusters.length
    ? html`<ul class="clusters">
        ${clusters.map((cl) => {
          const name = content(cl.name, lang, cl.defaultLanguage);
          return html`<li>${cl.website ? html`<a href=${cl.website}>${name}</a>` : name}</li>`;
        })}
      </ul>`
    : html`<p class="muted">${t.noClusters}</p>`;
}
