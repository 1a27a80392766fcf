/** How one challenge is shown in the board's list: its card (its detail: challenge-detail.ts). */
import type { Challenge, ChallengeCard, Localized, Organization } from '@entrypoint/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import { content, formatDate } from './format.js';
import { HASH } from './hash-route.js';
import { heading } from './heading.js';

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
