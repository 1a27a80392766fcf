/**
 * What the board's detail adds below a challenge when it is opened: others working on the same thing (published
 * challenges of other organisations, `GET /v1/challenges/{id}/similar`) and
 * the stories told about it (`GET /v1/stories?challenge=ID`), linked to the
 * server's story pages.
 */
import type { Challenge, Organization, Story } from '@entrypoint/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import type { ElementsClient } from './client.js';
import { apiBase } from './context.js';
import { content } from './format.js';
import { heading } from './heading.js';

export interface Extras {
  similar: Challenge[];
  stories: Story[];
}

export async function loadExtras(
  client: ElementsClient,
  id: string,
  signal: AbortSignal,
): Promise<Extras> {
  const [similar, stories] = await Promise.all([
    client.challenges.similar(id, { limit: 5 }, { signal }),
    client.stories.list({ challenge: id, limit: 10 }, { signal }),
  ]);
  return { similar: similar.data, stories: stories.data };
}

/** The address of a story's page on the server (`/stories/{id}`), which names its organisation. */
export const storyHref = (api: string | undefined, s: Story): string =>
  `${apiBase(api)}/stories/${encodeURIComponent(s.id)}`;

export function extrasView(
  x: Extras,
  t: Strings<'board'>,
  lang: string,
  orgs: Map<string, Organization> | undefined,
  api: string | undefined,
  level: number,
  // Handed in by the board, so that this module and the board's views import nothing of each other.
  badge: (c: Challenge) => TemplateResult,
): TemplateResult {
  const langOf = (orgId: string) => orgs?.get(orgId)?.defaultLanguage;
  return html`${heading(level, t.similar)}
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
      : html`<p class="muted">${t.noSimilar}</p>`
  }
  ${
    x.stories.length
      ? html`${heading(level, t.storiesAbout)}
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
