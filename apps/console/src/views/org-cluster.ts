/**
 * <ep-org-cluster>: a cluster organisation's public profile (sectors,
 * technologies, members, region, description, relations to other clusters),
 * read with `GET /v1/clusters/{id}` and saved with `PATCH` and `If-Match`
 * (or created with `POST /v1/clusters` when it has none yet). Admins and
 * editors change it; the others read it. A 412 keeps what was typed.
 */
import { LitElement, css, html, nothing } from 'lit';
import {
  CLUSTER_RELATION_KINDS,
  THEMES,
  type Cluster,
  type ClusterPatch,
  type ClusterRelation,
} from '@entrypoint/sdk';
import type { ConsoleContext } from '../context.js';
import { StaleError } from '../api.js';
import { num, pick, t } from '../i18n/index.js';
import { strings, type OrganizationMessages } from '../i18n/views/organization.js';
import { shared } from '../styles.js';
import { message, text } from '../util.js';
import '../components/code-picker.js';
import {
  createCluster,
  fieldErrors,
  listClusters,
  patchCluster,
  readCluster,
  type Versioned,
} from './org-api.js';

const UI_LANGS = ['sv', 'nb', 'fi', 'en'];

interface Draft {
  sectors: string[];
  technologies: string;
  memberCount: string;
  region: string[];
  description: Record<string, string>;
  relations: ClusterRelation[];
}

const draftOf = (c: Cluster | undefined): Draft => ({
  sectors: [...(c?.sectors ?? [])],
  technologies: (c?.technologies ?? []).join(', '),
  memberCount: c?.memberCount === undefined ? '' : String(c.memberCount),
  region: c?.region ? [c.region] : [],
  description: { ...(c?.description ?? {}) },
  relations: [...(c?.relations ?? [])],
});

export class EpOrgCluster extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    loaded: { state: true },
    draft: { state: true },
    others: { state: true },
    errors: { state: true },
    error: { state: true },
    stale: { state: true },
    busy: { state: true },
  };
  static override styles = [
    shared,
    css`
      fieldset {
        min-width: 0;
      }
      section {
        max-width: 44rem;
      }
      input:not([type='checkbox']),
      textarea {
        width: 100%;
      }
      input[type='number'] {
        max-width: 9em;
      }
      .sectors {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      }
      .relations {
        list-style: none;
        padding: 0;
      }
      .relations li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: flex-end;
        padding-block: 0.4em;
        border-block-end: 1px solid var(--ep-color-border);
      }
      .relations .field {
        margin: 0;
        flex: 1 1 10rem;
      }
      [aria-invalid='true'] {
        border-color: var(--ep-color-danger);
      }
    `,
  ];
  declare ctx: ConsoleContext;
  /** The profile as last read (`undefined` body: none yet). */
  declare loaded: Versioned<Cluster | undefined> | undefined;
  declare draft: Draft;
  declare others: Cluster[];
  declare errors: Map<string, string>;
  declare error: string | undefined;
  declare stale: boolean;
  declare busy: boolean;

  constructor() {
    super();
    this.draft = draftOf(undefined);
    this.others = [];
    this.errors = new Map();
    this.stale = false;
    this.busy = false;
  }

  override firstUpdated() {
    void this.load();
  }

  private get orgId() {
    return this.ctx.membership.orgId;
  }

  private load = async () => {
    this.error = undefined;
    try {
      const [cluster, all] = await Promise.all([
        readCluster(this.ctx.api, this.orgId),
        listClusters(this.ctx.api).catch(() => ({ body: { data: [] as Cluster[] } })),
      ]);
      this.loaded = cluster ?? { body: undefined, etag: undefined };
      this.draft = draftOf(cluster?.body);
      this.others = all.body.data.filter((c) => c.id !== this.orgId);
    } catch (error) {
      this.error = message(error);
    }
  };

  private set(change: Partial<Draft>) {
    this.draft = { ...this.draft, ...change };
  }

  private check(s: OrganizationMessages) {
    const errors = new Map<string, string>();
    const d = this.draft;
    if (!Object.values(d.description).some((v) => v.trim()))
      errors.set('description', s.cluster.descriptionRequired);
    if (d.memberCount.trim() && !/^\d+$/.test(d.memberCount.trim()))
      errors.set('memberCount', s.cluster.membersBad);
    return errors;
  }

  private patch(): ClusterPatch {
    const d = this.draft;
    const had = this.loaded?.body;
    return {
      sectors: d.sectors as ClusterPatch['sectors'],
      technologies: d.technologies
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      description: Object.fromEntries(
        Object.entries(d.description)
          .map(([k, v]) => [k, v.trim()] as const)
          .filter(([, v]) => v),
      ),
      relations: d.relations.filter((r) => r.clusterId),
      ...(d.memberCount.trim()
        ? { memberCount: Number(d.memberCount) }
        : had?.memberCount !== undefined
          ? { memberCount: null }
          : {}),
      ...(d.region[0] ? { region: d.region[0] } : had?.region ? { region: null } : {}),
    };
  }

  private save = async (e?: Event) => {
    e?.preventDefault();
    const s = pick(strings);
    this.errors = this.check(s);
    this.error = undefined;
    this.stale = false;
    if (this.errors.size) {
      this.error = s.fixErrors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    try {
      const saved = this.loaded?.body
        ? await patchCluster(this.ctx.api, this.orgId, this.patch(), this.loaded.etag)
        : await createCluster(this.ctx.api, this.patch());
      this.loaded = saved;
      this.draft = draftOf(saved.body);
      this.ctx.announce(s.saved);
    } catch (error) {
      if (error instanceof StaleError) this.stale = true;
      else {
        this.errors = fieldErrors(error);
        this.error = this.errors.size ? s.fixErrors : message(error);
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#cluster-alert')?.focus();
    } finally {
      this.busy = false;
    }
  };

  private saveMine = async () => {
    const latest = await readCluster(this.ctx.api, this.orgId).catch(() => undefined);
    if (latest) this.loaded = latest;
    await this.save();
  };

  private showLatest = async () => {
    this.stale = false;
    await this.load();
  };

  private renderRead(s: OrganizationMessages, c: Cluster | undefined) {
    if (!c) return html`<p class="muted">${s.cluster.none}</p>`;
    return html`<dl>
      <dt>${s.cluster.sectors}</dt>
      <dd>${c.sectors.map((x) => s.themes[x] ?? x).join(', ') || '—'}</dd>
      <dt>${s.cluster.technologies}</dt>
      <dd>${c.technologies.join(', ') || '—'}</dd>
      <dt>${s.cluster.members}</dt>
      <dd>${c.memberCount === undefined ? '—' : num(c.memberCount)}</dd>
      <dt>${s.cluster.region}</dt>
      <dd>${c.region ?? '—'}</dd>
      <dt>${s.cluster.description}</dt>
      <dd>${text(c.description)}</dd>
    </dl>`;
  }

  private renderForm(s: OrganizationMessages) {
    const d = this.draft;
    const c = s.cluster;
    const err = (id: string) => this.errors.get(id);
    const name = (id: string) => text(this.others.find((o) => o.id === id)?.name) || id;
    const langs = [...new Set([...Object.keys(d.description), ...UI_LANGS])];
    return html`<form @submit=${this.save} novalidate>
      ${this.loaded?.body ? nothing : html`<p class="notice">${c.none}</p>`}
      <fieldset>
        <legend>${c.sectors}</legend>
        <div class="sectors">
          ${THEMES.map(
            (theme) =>
              html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${d.sectors.includes(theme)}
                  @change=${(e: Event) =>
                    this.set({
                      sectors: (e.target as HTMLInputElement).checked
                        ? [...d.sectors, theme]
                        : d.sectors.filter((x) => x !== theme),
                    })}
                />${s.themes[theme] ?? theme}</label
              >`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="technologies">${c.technologies}</label>
        <p class="hint" id="technologies-hint">${c.technologiesHint}</p>
        <input
          id="technologies"
          aria-describedby="technologies-hint"
          .value=${d.technologies}
          @input=${(e: Event) => this.set({ technologies: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="memberCount">${c.members}</label>
        <input
          id="memberCount"
          type="number"
          min="0"
          inputmode="numeric"
          .value=${d.memberCount}
          aria-invalid=${err('memberCount') ? 'true' : 'false'}
          aria-describedby=${err('memberCount') ? 'memberCount-error' : nothing}
          @input=${(e: Event) => this.set({ memberCount: (e.target as HTMLInputElement).value })}
        />
        ${
          err('memberCount')
            ? html`<p class="error" id="memberCount-error">${err('memberCount')}</p>`
            : nothing
        }
      </div>
      <div class="field">
        <ep-code-picker
          kind="nuts"
          .label=${c.region}
          .value=${d.region}
          @change=${(e: CustomEvent<{ value: string[] }>) =>
            e.detail?.value && this.set({ region: e.detail.value.slice(0, 1) })}
        ></ep-code-picker>
        ${err('region') ? html`<p class="error">${err('region')}</p>` : nothing}
      </div>
      <fieldset>
        <legend>${c.description}</legend>
        ${langs.map(
          (l) =>
            html`<div class="field">
              <label for="description-${l}">${c.descriptionIn(s.languages[l] ?? l)}</label>
              <textarea
                id="description-${l}"
                lang=${l}
                .value=${d.description[l] ?? ''}
                aria-invalid=${err('description') ? 'true' : 'false'}
                @input=${(e: Event) =>
                  this.set({
                    description: { ...d.description, [l]: (e.target as HTMLTextAreaElement).value },
                  })}
              ></textarea>
            </div>`,
        )}
        ${err('description') ? html`<p class="error">${err('description')}</p>` : nothing}
      </fieldset>
      <fieldset>
        <legend>${c.relations}</legend>
        ${
          d.relations.length
            ? html`<ul class="relations">
                ${d.relations.map(
                  (r, i) =>
                    html`<li>
                      <div class="field">
                        <label for="rel-cluster-${i}">${c.relationCluster}</label>
                        <select
                          id="rel-cluster-${i}"
                          @change=${(e: Event) => this.setRelation(i, { clusterId: (e.target as HTMLSelectElement).value })}
                        >
                          ${this.others.map(
                            (o) =>
                              html`<option value=${o.id} ?selected=${o.id === r.clusterId}>
                                ${text(o.name)}
                              </option>`,
                          )}
                        </select>
                      </div>
                      <div class="field">
                        <label for="rel-kind-${i}">${c.relationKind}</label>
                        <select
                          id="rel-kind-${i}"
                          @change=${(e: Event) =>
                            this.setRelation(i, {
                              kind: (e.target as HTMLSelectElement)
                                .value as ClusterRelation['kind'],
                            })}
                        >
                          ${CLUSTER_RELATION_KINDS.map(
                            (k) =>
                              html`<option value=${k} ?selected=${k === r.kind}>
                                ${c.kinds[k]}
                              </option>`,
                          )}
                        </select>
                      </div>
                      <button
                        type="button"
                        @click=${() => this.set({ relations: d.relations.filter((_, j) => j !== i) })}
                      >
                        ${c.relationRemove(name(r.clusterId))}
                      </button>
                      ${
                        err(`relations.${i}.clusterId`)
                          ? html`<p class="error">${err(`relations.${i}.clusterId`)}</p>`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${c.relationsEmpty}</p>`
        }
        ${
          this.others.length
            ? html`<button
                type="button"
                @click=${() =>
                  this.set({
                    relations: [...d.relations, { clusterId: this.others[0]!.id, kind: 'partner' }],
                  })}
              >
                ${c.relationAdd}
              </button>`
            : nothing
        }
      </fieldset>
      ${
        this.stale
          ? html`<div class="notice danger" id="cluster-alert" role="alert" tabindex="-1">
              <p>${s.stale}</p>
              <div class="row">
                <button type="button" class="primary" @click=${this.saveMine}>
                  ${s.staleSaveMine}
                </button>
                <button type="button" @click=${this.showLatest}>${s.staleShowLatest}</button>
              </div>
            </div>`
          : this.error
            ? html`<p class="error" id="cluster-alert" role="alert" tabindex="-1">${this.error}</p>`
            : nothing
      }
      <button class="primary" ?disabled=${this.busy}>${this.busy ? s.saving : c.save}</button>
    </form>`;
  }

  private setRelation(i: number, change: Partial<ClusterRelation>) {
    this.set({
      relations: this.draft.relations.map((r, j) => (j === i ? { ...r, ...change } : r)),
    });
  }

  override render() {
    const s = pick(strings);
    return html`<section aria-labelledby="cluster-title">
      <h2 id="cluster-title" tabindex="-1">${s.cluster.title}</h2>
      <p class="hint">${s.cluster.intro} ${s.cluster.stories}</p>
      ${
        !this.loaded
          ? this.error
            ? html`<p class="error" role="alert">${this.error}</p>
                <button @click=${this.load}>${t.retry}</button>`
            : html`<p role="status">${t.loading}</p>`
          : this.ctx.canEdit
            ? this.renderForm(s)
            : this.renderRead(s, this.loaded.body)
      }
    </section>`;
  }
}

customElements.define('ep-org-cluster', EpOrgCluster);

declare global {
  interface HTMLElementTagNameMap {
    'ep-org-cluster': EpOrgCluster;
  }
}
