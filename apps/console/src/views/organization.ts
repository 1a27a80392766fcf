/**
 * <ep-organization>: the organisation kept by its own people.
 *
 * - Profile (admins and editors; the others read it): names per language, the
 *   entry point (where companies' mail goes), logo (uploaded through
 *   `POST /v1/images`), website, default language.
 * - Settings (admins; editors and the others read them): the sites allowed
 *   to embed the form, the answer promise, the retention period; and the
 *   sign-in provider (<ep-org-sso>, admins only).
 * - A cluster's public profile (<ep-org-cluster>).
 *
 * Each form saves with `If-Match`: when someone else changed the organisation
 * first (412) the form keeps what was typed and offers to save it over theirs
 * or to show the latest. What a role may not change is not offered, and the
 * server refuses it too (apps/server/src/http/resources/organizations.ts).
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { OrganizationAdmin, OrganizationPatch } from '@entrypoint/sdk';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../router.js';
import { StaleError } from '../api.js';
import { pick, t } from '../i18n/index.js';
import { strings, type OrganizationMessages } from '../i18n/views/organization.js';
import { shared } from '../styles.js';
import { focusOnRender, message, text } from '../util.js';
import { fieldErrors, patchOrganization, readOrganization, uploadImage } from './org-api.js';
import { checkOrigin, type OriginProblem } from './org-origins.js';
import './org-sso.js';
import './org-cluster.js';

/** Languages offered for the names (and the default language), besides those the organisation has. */
const LANGUAGES = ['sv', 'nb', 'fi', 'en', 'da', 'de', 'et', 'lv', 'lt', 'nn'];
const DEFAULT_RETENTION_DAYS = 730;

interface ProfileDraft {
  names: Record<string, string>;
  epName: string;
  epRole: string;
  epEmail: string;
  epPhone: string;
  website: string;
  logoUrl: string;
  defaultLanguage: string;
}

interface SettingsDraft {
  origins: string[];
  newOrigin: string;
  answerDays: string;
  retention: 'default' | 'custom';
  retentionDays: string;
}

type Form = 'profile' | 'settings';

const profileOf = (o: OrganizationAdmin): ProfileDraft => ({
  names: { ...o.name },
  epName: o.entryPoint.name,
  epRole: o.entryPoint.role ?? '',
  epEmail: o.entryPoint.email,
  epPhone: o.entryPoint.phone ?? '',
  website: o.website ?? '',
  logoUrl: o.logoUrl ?? '',
  defaultLanguage: o.defaultLanguage,
});

const settingsOf = (o: OrganizationAdmin): SettingsDraft => ({
  origins: [...o.allowedOrigins],
  newOrigin: '',
  answerDays: String(o.answerDays ?? 10),
  retention: o.retentionDays == null ? 'default' : 'custom',
  retentionDays: String(o.retentionDays ?? DEFAULT_RETENTION_DAYS),
});

/** What a PATCH may change, in the order the page shows it. */
const CHANGEABLE = [
  'name',
  'entryPoint',
  'website',
  'defaultLanguage',
  'logoUrl',
  'allowedOrigins',
  'answerDays',
  'retentionDays',
] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const wholeIn = (s: string, min: number, max: number) =>
  /^\d+$/.test(s.trim()) && Number(s) >= min && Number(s) <= max;
const isHttpUrl = (s: string) => {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};

export function originMessage(s: OrganizationMessages, p: OriginProblem): string {
  const e = s.settings.originErrors;
  switch (p.kind) {
    case 'noScheme':
      return e.noScheme(p.suggestion);
    case 'path':
      return e.path(p.suggestion);
    default:
      return e[p.kind];
  }
}

export class EpOrganization extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    org: { state: true },
    profile: { state: true },
    settings: { state: true },
    loadError: { state: true },
    errors: { state: true },
    formError: { state: true },
    stale: { state: true },
    busy: { state: true },
    logoStatus: { state: true },
    changedMeanwhile: { state: true },
  };
  static override styles = [
    shared,
    css`
      section {
        max-width: 44rem;
      }
      .names {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: 0 1rem;
      }
      input:not([type='checkbox'], [type='radio']) {
        width: 100%;
      }
      fieldset {
        min-width: 0;
      }
      input[type='number'] {
        max-width: 9em;
      }
      .origins {
        list-style: none;
        padding: 0;
        margin: 0 0 0.75em;
      }
      .origins li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
        justify-content: space-between;
        padding: 0.3em 0;
        border-block-end: 1px solid var(--ep-color-border);
      }
      .origins code {
        overflow-wrap: anywhere;
      }
      .add {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: flex-end;
      }
      .add .field {
        flex: 1 1 14rem;
        margin-bottom: 0;
      }
      .logo img {
        max-width: 12rem;
        max-height: 6rem;
        display: block;
        margin-block: 0.25em;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, max-content) 1fr;
        gap: 0.25em 1em;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      @media (max-width: 30rem) {
        dl {
          grid-template-columns: 1fr;
        }
        dd {
          margin-block-end: 0.5em;
        }
      }
      [aria-invalid='true'] {
        border-color: var(--ep-color-danger);
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare route: Route;
  declare org: OrganizationAdmin | undefined;
  declare profile: ProfileDraft | undefined;
  declare settings: SettingsDraft | undefined;
  declare loadError: string | undefined;
  /** Field errors by id (the server's paths or the form's own). */
  declare errors: Map<string, string>;
  declare formError: { form: Form; text: string } | undefined;
  declare stale: Form | undefined;
  declare busy: Form | 'logo' | undefined;
  declare logoStatus: string;
  /** After a 412: what the other person changed (field names of OrganizationPatch). */
  declare changedMeanwhile: string[];
  private etag: string | undefined;

  constructor() {
    super();
    this.errors = new Map();
    this.logoStatus = '';
    this.changedMeanwhile = [];
    this.addEventListener('ep-language', () => {
      this.requestUpdate();
      // The parts render their own strings too.
      for (const part of this.renderRoot.querySelectorAll<LitElement>('ep-org-sso, ep-org-cluster'))
        part.requestUpdate();
    });
  }

  // The shell sets `ctx` after connecting the element: load once it is there.
  override firstUpdated() {
    void this.load();
  }

  private get orgId() {
    return this.ctx.membership.orgId;
  }

  private load = async () => {
    this.loadError = undefined;
    try {
      const { body, etag } = await readOrganization(this.ctx.api, this.orgId);
      this.show(body, etag);
    } catch (error) {
      this.loadError = message(error);
    }
  };

  private show(
    org: OrganizationAdmin,
    etag: string | undefined,
    forms: Form[] = ['profile', 'settings'],
  ) {
    this.org = org;
    this.etag = etag;
    if (forms.includes('profile') || !this.profile) this.profile = profileOf(org);
    if (forms.includes('settings') || !this.settings) this.settings = settingsOf(org);
  }

  // --- Profile ---

  private setProfile(change: Partial<ProfileDraft>) {
    this.profile = { ...this.profile!, ...change };
  }

  private profileInput(key: Exclude<keyof ProfileDraft, 'names'>) {
    return (e: Event) => this.setProfile({ [key]: (e.target as HTMLInputElement).value });
  }

  private checkProfile(s: OrganizationMessages): Map<string, string> {
    const p = this.profile!;
    const errors = new Map<string, string>();
    if (!Object.values(p.names).some((n) => n.trim())) errors.set('name', s.profile.nameRequired);
    if (!p.epName.trim()) errors.set('entryPoint.name', s.profile.required);
    if (!EMAIL.test(p.epEmail.trim())) errors.set('entryPoint.email', s.profile.badEmail);
    if (p.website.trim() && !isHttpUrl(p.website.trim())) errors.set('website', s.profile.badUrl);
    return errors;
  }

  private profilePatch(): OrganizationPatch {
    const p = this.profile!;
    const org = this.org!;
    const name = Object.fromEntries(
      Object.entries(p.names)
        .map(([k, v]) => [k, v.trim()] as const)
        .filter(([, v]) => v),
    );
    const website = p.website.trim();
    return {
      name,
      entryPoint: {
        name: p.epName.trim(),
        ...(p.epRole.trim() ? { role: p.epRole.trim() } : {}),
        email: p.epEmail.trim(),
        ...(p.epPhone.trim() ? { phone: p.epPhone.trim() } : {}),
      },
      defaultLanguage: p.defaultLanguage,
      ...(website ? { website } : org.website ? { website: null } : {}),
      ...(p.logoUrl ? { logoUrl: p.logoUrl } : org.logoUrl ? { logoUrl: null } : {}),
    };
  }

  private settingsPatch(): OrganizationPatch {
    const d = this.settings!;
    return {
      allowedOrigins: d.origins,
      answerDays: Number(d.answerDays),
      retentionDays: d.retention === 'default' ? null : Number(d.retentionDays),
    };
  }

  private checkSettings(s: OrganizationMessages): Map<string, string> {
    const d = this.settings!;
    const errors = new Map<string, string>();
    if (!wholeIn(d.answerDays, 1, 365)) errors.set('answerDays', s.settings.answerDaysBad);
    if (d.retention === 'custom' && !wholeIn(d.retentionDays, 1, 36_500))
      errors.set('retentionDays', s.settings.retentionBad);
    return errors;
  }

  private async save(form: Form, e?: Event) {
    e?.preventDefault();
    const s = pick(strings);
    // A site written but not added yet is added first (or its problem said).
    if (form === 'settings' && this.settings!.newOrigin.trim() && !this.addOrigin()) return;
    const errors = form === 'profile' ? this.checkProfile(s) : this.checkSettings(s);
    this.errors = errors;
    this.formError = undefined;
    this.stale = undefined;
    if (errors.size) {
      this.formError = { form, text: s.fixErrors };
      await this.focusFirstError();
      return;
    }
    const patch = form === 'profile' ? this.profilePatch() : this.settingsPatch();
    this.busy = form;
    try {
      const { body, etag } = await patchOrganization(this.ctx.api, this.orgId, patch, this.etag);
      // The other form keeps what is typed in it.
      this.show(body, etag, [form]);
      this.ctx.announce(s.saved);
    } catch (error) {
      if (error instanceof StaleError) {
        // What changed is read first, so the alert appears once, whole, and a
        // screen reader announces it with the changed fields in it.
        const changed = await this.whatChanged();
        this.stale = form;
        this.changedMeanwhile = changed;
      } else {
        this.errors = fieldErrors(error);
        this.formError = { form, text: this.errors.size ? s.fixErrors : message(error) };
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${form}-alert`)?.focus();
    } finally {
      this.busy = undefined;
    }
  }

  private async focusFirstError() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** The fields in which the latest version differs from the one this page started from. */
  private async whatChanged(): Promise<string[]> {
    try {
      const { body } = await readOrganization(this.ctx.api, this.orgId);
      const before = this.org as unknown as Record<string, unknown>;
      const after = body as unknown as Record<string, unknown>;
      return CHANGEABLE.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    } catch {
      return [];
    }
  }

  /** After a 412: take the latest version's ETag and save what is typed over it. */
  private saveMine = async (form: Form) => {
    try {
      const { body, etag } = await readOrganization(this.ctx.api, this.orgId);
      this.org = body;
      this.etag = etag;
      await this.save(form);
    } catch (error) {
      this.formError = { form, text: message(error) };
    }
  };

  private showLatest = async (form: Form) => {
    this.stale = undefined;
    try {
      const { body, etag } = await readOrganization(this.ctx.api, this.orgId);
      this.show(body, etag, [form]);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${form}-title`)?.focus();
    } catch (error) {
      this.formError = { form, text: message(error) };
    }
  };

  private uploadLogo = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const s = pick(strings);
    this.busy = 'logo';
    this.logoStatus = s.profile.logoUploading;
    this.errors = new Map([...this.errors].filter(([k]) => k !== 'logoUrl'));
    try {
      const { body } = await uploadImage(
        this.ctx.api,
        file,
        s.profile.logoAlt(text(this.org!.name)),
      );
      this.setProfile({ logoUrl: body.url });
      this.logoStatus = s.profile.logoUploaded;
    } catch (error) {
      this.logoStatus = '';
      this.errors = new Map([...this.errors, ['logoUrl', message(error)]]);
    } finally {
      this.busy = undefined;
      input.value = '';
    }
  };

  // --- Settings: the allowed origins ---

  /** Adds the site written in the field; false (and says why) when it is not one. */
  private addOrigin = (e?: Event): boolean => {
    e?.preventDefault();
    const s = pick(strings);
    const d = this.settings!;
    const checked = checkOrigin(d.newOrigin, d.origins);
    if ('problem' in checked) {
      this.errors = new Map([['newOrigin', originMessage(s, checked.problem)]]);
      void this.focusFirstError();
      return false;
    }
    this.errors = new Map();
    this.settings = { ...d, origins: [...d.origins, checked.origin], newOrigin: '' };
    this.ctx.announce(s.settings.originAdded(checked.origin));
    return true;
  };

  /** Enter in the site's field adds the site (rather than saving without it). */
  private originKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') this.addOrigin(e);
  };

  private removeOrigin(origin: string) {
    const s = pick(strings);
    const d = this.settings!;
    const at = d.origins.indexOf(origin);
    this.settings = { ...d, origins: d.origins.filter((o) => o !== origin) };
    this.ctx.announce(s.settings.originRemoved(origin));
    // Focus stays in the list: the next site's button, else the new site's field.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.origins button');
      (
        buttons[Math.min(at, buttons.length - 1)] ??
        this.renderRoot.querySelector<HTMLElement>('#newOrigin')
      )?.focus();
    });
  }

  // --- Rendering ---

  private field(
    id: string,
    label: string,
    input: (attrs: { invalid: boolean; describedBy: string }) => TemplateResult,
    hint?: string,
  ) {
    const error = this.errors.get(id);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${input({ invalid: !!error, describedBy })}
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  private text(
    id: string,
    label: string,
    value: string,
    onInput: (e: Event) => void,
    opts: {
      hint?: string;
      type?: string;
      autocomplete?: string;
      required?: boolean;
      onKeydown?: (e: KeyboardEvent) => void;
    } = {},
  ) {
    return this.field(
      id,
      label,
      ({ invalid, describedBy }) =>
        html`<input
          id=${id}
          type=${opts.type ?? 'text'}
          .value=${value}
          @input=${onInput}
          @keydown=${opts.onKeydown}
          autocomplete=${opts.autocomplete ?? 'off'}
          ?required=${opts.required}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
        />`,
      opts.hint,
    );
  }

  private fieldName(s: OrganizationMessages, key: string): string {
    const names: Record<string, string> = {
      name: s.profile.names,
      entryPoint: s.profile.entryPoint,
      website: s.profile.website,
      defaultLanguage: s.profile.defaultLanguage,
      logoUrl: s.profile.logo,
      allowedOrigins: s.settings.origins,
      answerDays: s.settings.answerDays,
      retentionDays: s.settings.retention,
    };
    return names[key] ?? key;
  }

  private languageName(s: OrganizationMessages, tag: string) {
    return s.languages[tag] ?? tag;
  }

  private alerts(s: OrganizationMessages, form: Form) {
    if (this.stale === form) {
      return html`<div class="notice danger" id="${form}-alert" role="alert" tabindex="-1">
        <p>${s.stale}</p>
        ${
          this.changedMeanwhile.length
            ? html`<p>
                ${s.staleChanged(this.changedMeanwhile.map((k) => this.fieldName(s, k)).join(', '))}
              </p>`
            : nothing
        }
        <div class="row">
          <button type="button" class="primary" @click=${() => this.saveMine(form)}>
            ${s.staleSaveMine}
          </button>
          <button type="button" @click=${() => this.showLatest(form)}>${s.staleShowLatest}</button>
        </div>
      </div>`;
    }
    if (this.formError?.form === form) {
      return html`<p class="error" id="${form}-alert" role="alert" tabindex="-1">
        ${this.formError.text}
      </p>`;
    }
    return nothing;
  }

  private renderProfileForm(s: OrganizationMessages, org: OrganizationAdmin) {
    const p = this.profile!;
    const langs = [...new Set([...Object.keys(org.name), ...LANGUAGES.slice(0, 4)])];
    const nameError = this.errors.get('name');
    const sameOrigin = p.logoUrl && new URL(p.logoUrl, location.href).origin === location.origin;
    return html`<form @submit=${(e: Event) => this.save('profile', e)} novalidate>
      <fieldset aria-describedby="names-hint${nameError ? ' name-error' : ''}">
        <legend>${s.profile.names}</legend>
        <p class="hint" id="names-hint">${s.profile.namesHint}</p>
        <div class="names">
          ${langs.map((l) =>
            this.text(
              `name-${l}`,
              s.profile.nameIn(this.languageName(s, l)),
              p.names[l] ?? '',
              (e) =>
                this.setProfile({
                  names: { ...p.names, [l]: (e.target as HTMLInputElement).value },
                }),
            ),
          )}
        </div>
        ${nameError ? html`<p class="error" id="name-error">${nameError}</p>` : nothing}
      </fieldset>
      <fieldset>
        <legend>${s.profile.entryPoint}</legend>
        <p class="hint">${s.profile.entryPointHint}</p>
        ${this.text('entryPoint.name', s.profile.epName, p.epName, this.profileInput('epName'), {
          required: true,
          autocomplete: 'name',
        })}
        ${this.text('entryPoint.role', s.profile.epRole, p.epRole, this.profileInput('epRole'))}
        ${this.text(
          'entryPoint.email',
          s.profile.epEmail,
          p.epEmail,
          this.profileInput('epEmail'),
          {
            type: 'email',
            required: true,
            autocomplete: 'email',
          },
        )}
        ${this.text(
          'entryPoint.phone',
          s.profile.epPhone,
          p.epPhone,
          this.profileInput('epPhone'),
          {
            type: 'tel',
            autocomplete: 'tel',
          },
        )}
      </fieldset>
      ${this.text('website', s.profile.website, p.website, this.profileInput('website'), {
        type: 'url',
        hint: s.profile.websiteHint,
        autocomplete: 'url',
      })}
      ${this.field(
        'defaultLanguage',
        s.profile.defaultLanguage,
        ({ describedBy }) =>
          html`<select
            id="defaultLanguage"
            aria-describedby=${describedBy}
            @change=${this.profileInput('defaultLanguage')}
          >
            ${[...new Set([p.defaultLanguage, ...langs, ...LANGUAGES])].map(
              (l) =>
                html`<option value=${l} ?selected=${l === p.defaultLanguage}>
                  ${this.languageName(s, l)}
                </option>`,
            )}
          </select>`,
        s.profile.defaultLanguageHint,
      )}
      <fieldset class="logo">
        <legend>${s.profile.logo}</legend>
        ${
          p.logoUrl
            ? sameOrigin
              ? html`<img src=${p.logoUrl} alt=${s.profile.logoAlt(text(org.name))} />`
              : html`<p><a href=${p.logoUrl}>${s.profile.logoCurrent}</a></p>`
            : html`<p class="muted">${s.profile.logoNone}</p>`
        }
        ${this.field(
          'logoUrl',
          s.profile.logoChoose,
          ({ invalid, describedBy }) =>
            html`<input
              id="logoUrl"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              ?disabled=${this.busy === 'logo'}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${describedBy || nothing}
              @change=${this.uploadLogo}
            />`,
        )}
        <p role="status" class="hint">${this.logoStatus}</p>
        ${
          p.logoUrl
            ? html`<button type="button" @click=${() => this.setProfile({ logoUrl: '' })}>
                ${s.profile.logoRemove}
              </button>`
            : nothing
        }
      </fieldset>
      ${this.alerts(s, 'profile')}
      <button class="primary" ?disabled=${this.busy !== undefined}>
        ${this.busy === 'profile' ? s.saving : s.profile.save}
      </button>
    </form>`;
  }

  private renderProfileRead(s: OrganizationMessages, org: OrganizationAdmin) {
    const ep = org.entryPoint;
    return html`<dl>
      <dt>${s.profile.names}</dt>
      <dd>
        ${Object.entries(org.name).map(
          ([l, n]) =>
            html`<span lang=${l}>${n}</span> <span class="muted">(${this.languageName(s, l)})</span
              ><br />`,
        )}
      </dd>
      <dt>${s.profile.entryPoint}</dt>
      <dd>
        ${ep.name}${ep.role ? html`, ${ep.role}` : nothing}<br />
        <a href="mailto:${ep.email}">${ep.email}</a>${ep.phone ? html`<br />${ep.phone}` : nothing}
      </dd>
      <dt>${s.profile.website}</dt>
      <dd>${org.website ? html`<a href=${org.website}>${org.website}</a>` : '—'}</dd>
      <dt>${s.profile.defaultLanguage}</dt>
      <dd>${this.languageName(s, org.defaultLanguage)}</dd>
    </dl>`;
  }

  private renderSettingsRead(s: OrganizationMessages, org: OrganizationAdmin) {
    return html`<dl>
      <dt>${s.settings.origins}</dt>
      <dd>
        ${
          org.allowedOrigins.length
            ? org.allowedOrigins.map((o) => html`<code>${o}</code><br />`)
            : s.settings.originsEmpty
        }
      </dd>
      <dt>${s.settings.answerDays}</dt>
      <dd>${s.settings.current(org.answerDays ?? 10)}</dd>
      <dt>${s.settings.retention}</dt>
      <dd>
        ${
          org.retentionDays == null
            ? s.settings.retentionDefault
            : s.settings.days(org.retentionDays)
        }
      </dd>
    </dl>`;
  }

  private renderSettingsForm(s: OrganizationMessages) {
    const d = this.settings!;
    const set = (change: Partial<SettingsDraft>) => (this.settings = { ...d, ...change });
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<form @submit=${(e: Event) => this.save('settings', e)} novalidate>
      <fieldset>
        <legend>${s.settings.origins}</legend>
        <p class="hint">${s.settings.originsHint}</p>
        ${
          d.origins.length
            ? html`<ul class="origins" aria-label=${s.settings.origins}>
                ${d.origins.map(
                  (o) =>
                    html`<li>
                      <code>${o}</code>
                      <button type="button" @click=${() => this.removeOrigin(o)}>
                        ${s.settings.originRemove(o)}
                      </button>
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${s.settings.originsEmpty}</p>`
        }
        <div class="add">
          ${this.text(
            'newOrigin',
            s.settings.originNew,
            d.newOrigin,
            (e) => set({ newOrigin: value(e) }),
            {
              type: 'url',
              hint: 'https://www.city.example',
              onKeydown: this.originKey,
            },
          )}
          <button type="button" @click=${() => this.addOrigin()}>${s.settings.originAdd}</button>
        </div>
      </fieldset>
      ${this.field(
        'answerDays',
        s.settings.answerDays,
        ({ invalid, describedBy }) =>
          html`<input
            id="answerDays"
            type="number"
            inputmode="numeric"
            min="1"
            max="365"
            .value=${d.answerDays}
            @input=${(e: Event) => set({ answerDays: value(e) })}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy}
          />`,
        s.settings.answerDaysHint,
      )}
      <fieldset aria-describedby="retention-hint">
        <legend>${s.settings.retention}</legend>
        <p class="hint" id="retention-hint">${s.settings.retentionHint}</p>
        <label class="check"
          ><input
            type="radio"
            name="retention"
            value="default"
            .checked=${d.retention === 'default'}
            @change=${() => set({ retention: 'default' })}
          />${s.settings.retentionDefault}</label
        >
        <label class="check"
          ><input
            type="radio"
            name="retention"
            value="custom"
            .checked=${d.retention === 'custom'}
            @change=${() => set({ retention: 'custom' })}
          />${s.settings.retentionCustom}</label
        >
        ${
          d.retention === 'custom'
            ? this.field(
                'retentionDays',
                s.settings.retentionDays,
                ({ invalid, describedBy }) =>
                  html`<input
                    id="retentionDays"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max="36500"
                    .value=${d.retentionDays}
                    @input=${(e: Event) => set({ retentionDays: value(e) })}
                    aria-invalid=${invalid ? 'true' : 'false'}
                    aria-describedby=${describedBy || nothing}
                  />`,
              )
            : nothing
        }
      </fieldset>
      ${this.alerts(s, 'settings')}
      <button class="primary" ?disabled=${this.busy !== undefined}>
        ${this.busy === 'settings' ? s.saving : s.settings.save}
      </button>
    </form>`;
  }

  override render() {
    const s = pick(strings);
    const heading = html`<h1 tabindex="-1" ${focusOnRender()}>${s.title}</h1>`;
    if (this.loadError) {
      return html`${heading}
        <p class="error" role="alert">${s.loadFailed} ${this.loadError}</p>
        <button @click=${this.load}>${t.retry}</button>`;
    }
    const org = this.org;
    if (!org)
      return html`${heading}
        <p role="status">${t.loading}</p>`;
    const { canEdit, isAdmin } = this.ctx;
    const kind = this.ctx.orgKind ?? org.kind;
    return html`${heading}
      <p>${s.intro}</p>
      ${canEdit ? nothing : html`<p class="notice">${s.readOnly}</p>`}
      <section aria-labelledby="profile-title">
        <h2 id="profile-title" tabindex="-1">${s.profile.title}</h2>
        <p class="hint">${s.profile.intro}</p>
        ${canEdit ? this.renderProfileForm(s, org) : this.renderProfileRead(s, org)}
      </section>
      <section aria-labelledby="settings-title">
        <h2 id="settings-title" tabindex="-1">${s.settings.title}</h2>
        ${
          isAdmin
            ? this.renderSettingsForm(s)
            : html`${canEdit ? html`<p class="hint">${s.editorSettings}</p>` : nothing}
              ${this.renderSettingsRead(s, org)}`
        }
      </section>
      ${isAdmin ? html`<ep-org-sso .ctx=${this.ctx}></ep-org-sso>` : nothing}
      ${kind === 'cluster' ? html`<ep-org-cluster .ctx=${this.ctx}></ep-org-cluster>` : nothing}`;
  }
}

customElements.define('ep-organization', EpOrganization);

declare global {
  interface HTMLElementTagNameMap {
    'ep-organization': EpOrganization;
  }
}
