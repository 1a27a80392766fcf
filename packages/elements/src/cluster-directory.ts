import type { Cluster, Theme } from '@entrypoint/sdk';
import { Task } from './internal/task.js';
import { html, nothing, type TemplateResult } from 'lit';
import { styles } from './cluster-directory.styles.js';
import { directoryStrings } from './i18n/directory.js';
import { EpElement } from './internal/ep-element.js';
import { failureKind } from './internal/errors.js';
import { content } from './internal/format.js';
import { heading } from './internal/heading.js';
import { orgList } from './internal/orgs.js';

/** The most clusters the directory loads. */
const MAX = 1_000;

/**
 * A directory of cluster organisations, to reach companies at home and
 * abroad through them: search, and filters by sector, country and region;
 * each cluster with its profile (sectors, technologies, members, region,
 * description), its site, and the clusters it works with.
 *
 * @tagname ep-cluster-directory
 * @summary Clusters by sector, country and region, with their profiles and relations.
 *
 * @csspart heading - The directory's heading (with `heading`).
 * @csspart search - The search form.
 * @csspart filters - The row of filters.
 * @csspart list - The list of clusters.
 * @csspart card - One cluster.
 * @csspart sectors - The sectors of a cluster.
 * @csspart relations - The clusters a cluster works with.
 */
export class ClusterDirectory extends EpElement {
  static override styles = styles;
  // Declared here rather than with decorators: fewer bytes in the embed.
  static override properties = {
    org: {},
    sector: {},
    country: {},
    region: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    typed: { state: true, attribute: false },
    query: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
  };

  /** Cluster ids, comma-separated, to show only these. Empty: every cluster on the server. */
  org = '';
  /** Only clusters in this sector (a theme, e.g. `mobility`); the sector filter starts there. */
  sector = '';
  /** Only clusters in this country (ISO 3166-1 alpha-2, e.g. `SE`); the country filter starts there. */
  country = '';
  /** Only clusters in this region: a NUTS code or its prefix (`SE2`). */
  region = '';
  /** A visible heading above the directory (none when empty; the directory is then labelled "Clusters"). */
  heading = '';
  /** The level of the directory's heading (1–6, default 2); the clusters' names are one below. */
  headingLevel = 2;

  private typed = '';
  private query = '';
  /** The sector and country chosen in the filters; `undefined`: the attribute's. */
  private chosen: { sector?: string; country?: string } = {};

  #debounce?: ReturnType<typeof setTimeout>;

  /**
   * The clusters that match the search, every page. Sector, country, region
   * and ids are filtered here, so that the filters offer only what is there.
   */
  #clusters = new Task(this, {
    task: async ([client, q], { signal }) => {
      const all: Cluster[] = [];
      for await (const page of client.clusters.pages(
        { q: q || undefined, limit: 100 },
        { signal },
      )) {
        all.push(...page.data);
        if (!page.nextCursor || all.length >= MAX) break;
      }
      return all;
    },
    args: () => [this.sdk, this.query] as const,
  });

  get #sector(): string {
    return this.chosen.sector ?? this.sector;
  }

  get #country(): string {
    return (this.chosen.country ?? this.country).toUpperCase();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#debounce);
  }

  #onSearch(e: Event) {
    this.typed = (e.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => (this.query = this.typed.trim()), 300);
  }

  #search(e: Event) {
    e.preventDefault();
    clearTimeout(this.#debounce);
    this.query = this.typed.trim();
  }

  protected override renderContent() {
    const t = this.t;
    const d = directoryStrings[this.uiLang];
    const lang = this.pageLang;
    const regions = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
    return html`<section
      class="root"
      aria-label=${this.heading ? nothing : d.directoryLabel}
      aria-labelledby=${this.heading ? 'dir-heading' : nothing}
      lang=${this.rootLang}
    >
      ${this.heading ? heading(this.headingLevel, this.heading, 'dir-heading', false, 'heading') : nothing}
      <form role="search" part="search" class="field" @submit=${this.#search}>
        <label for="q">${d.searchClusters}</label>
        <input
          id="q"
          type="search"
          autocomplete="off"
          .value=${this.typed}
          @input=${this.#onSearch}
        />
      </form>
      <div part="filters" class="filters">
        ${this.#select('sector', d.sector, (v) => t.themes[v as Theme] ?? v)}
        ${this.#select('country', t.country, (v) => regions.of(v) ?? v)}
      </div>
      ${this.#clusters.render({
        pending: () =>
          html`<div aria-busy="true">
            <p role="status" class="visually-hidden">${t.loading}</p>
            <span class="skeleton w50"></span><span class="skeleton"></span>
          </div>`,
        complete: (all) => this.#list(all, regions),
        error: (error) =>
          html`<div class="notice error" role="alert">
            <p>${failureKind(error) === 'offline' ? t.offline : d.clustersError}</p>
            <button class="secondary" @click=${() => this.#clusters.run()}>${t.retry}</button>
          </div>`,
      })}
    </section>`;
  }

  /** A filter whose options are the values the loaded clusters have, sorted by name. */
  #select(key: 'sector' | 'country', label: string, name: (v: string) => string): TemplateResult {
    const current = key === 'sector' ? this.#sector : this.#country;
    const values = new Set<string>(current ? [current] : []);
    for (const c of this.#clusters.value ?? [])
      for (const v of key === 'sector' ? c.sectors : [c.country]) values.add(v);
    const collator = new Intl.Collator(this.pageLang);
    return html`<div class="field">
      <label for="f-${key}">${label}</label>
      <select
        id="f-${key}"
        @change=${(e: Event) =>
          (this.chosen = { ...this.chosen, [key]: (e.target as HTMLSelectElement).value })}
      >
        <option value="">${this.t.all}</option>
        ${[...values]
          .map((v) => [v, name(v)] as const)
          .sort((a, b) => collator.compare(a[1], b[1]))
          .map(([v, n]) => html`<option value=${v} ?selected=${v === current}>${n}</option>`)}
      </select>
    </div>`;
  }

  #list(all: Cluster[], regions: Intl.DisplayNames): TemplateResult {
    const t = this.t;
    const d = directoryStrings[this.uiLang];
    const lang = this.pageLang;
    const ids = orgList(this.org);
    const region = this.region.trim().toUpperCase();
    const sector = this.#sector;
    const country = this.#country;
    const shown = all.filter(
      (c) =>
        (!ids.length || ids.includes(c.id)) &&
        (!region || (c.region ?? '').startsWith(region)) &&
        (!sector || c.sectors.includes(sector as Theme)) &&
        (!country || c.country === country),
    );
    const byId = new Map(all.map((c) => [c.id, c]));
    const name = (c: Cluster) => content(c.name, lang, c.defaultLanguage);
    const fact = (term: string, value: unknown) =>
      html`<div>
        <dt>${term}</dt>
        <dd>${value}</dd>
      </div>`;
    return html`<p role="status" class="muted">
        ${d.clusterCount(shown.length, shown.length.toLocaleString(lang))}
      </p>
      ${
        shown.length
          ? html`<ul part="list" class="list">
              ${shown.map(
                (c) =>
                  html`<li>
                    <article part="card" class="card">
                      ${heading(
                        this.headingLevel + 1,
                        c.website ? html`<a href=${c.website}>${name(c)}</a>` : name(c),
                      )}
                      <p class="muted">
                        ${regions.of(c.country)}${c.region ? html` · ${c.region}` : nothing}
                      </p>
                      <p>${content(c.description, lang, c.defaultLanguage)}</p>
                      <dl>
                        ${fact(
                          d.sectors,
                          html`<ul part="sectors" class="tags">
                            ${c.sectors.map((s) => html`<li>${t.themes[s]}</li>`)}
                          </ul>`,
                        )}
                        ${
                          c.technologies.length
                            ? fact(d.technologies, c.technologies.join(', '))
                            : nothing
                        }
                        ${
                          c.memberCount !== undefined
                            ? fact(d.members, c.memberCount.toLocaleString(lang))
                            : nothing
                        }
                        ${c.region ? fact(d.region, c.region) : nothing}
                        ${
                          c.relations.length
                            ? fact(
                                d.relationsHeading,
                                html`<ul part="relations" class="relations">
                                  ${c.relations.map((r) => {
                                    const other = byId.get(r.clusterId);
                                    return html`<li>
                                      ${d.relationKinds[r.kind]}:
                                      ${
                                        other
                                          ? other.website
                                            ? html`<a href=${other.website}>${name(other)}</a>`
                                            : name(other)
                                          : r.clusterId
                                      }
                                    </li>`;
                                  })}
                                </ul>`,
                              )
                            : nothing
                        }
                      </dl>
                    </article>
                  </li>`,
              )}
            </ul>`
          : html`<p class="notice">${d.noClustersFound}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ep-cluster-directory': ClusterDirectory;
  }
}
