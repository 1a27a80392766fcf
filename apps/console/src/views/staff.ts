/**
 * <ep-staff>: an admin's page of the organisation's staff
 * (`GET/POST/PATCH/DELETE /v1/staff`, apps/server/src/http/resources/staff.ts):
 * the list with roles, inviting a colleague by e-mail with a role (the server
 * mails the invitation), changing a role and removing someone after a
 * confirmation. The organisation always keeps an admin: the server refuses
 * to remove or demote the last one (409), and its words are shown as they
 * are. Each role is explained in plain words. Other roles see a short notice
 * (the shell offers the page to admins only, and the server refuses them too).
 */
import { LitElement, css, html, nothing } from 'lit';
import { ConflictError } from '@entrypoint/sdk';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../router.js';
import { pick, t } from '../i18n/index.js';
import { strings, type OrganizationMessages } from '../i18n/views/organization.js';
import { shared } from '../styles.js';
import { focusOnRender, formValue, message } from '../util.js';
import {
  changeRole,
  detailOf,
  fieldErrors,
  inviteStaff,
  listStaff,
  removeMember,
  ROLES,
  type Member,
  type Role,
} from './org-api.js';

export class EpStaff extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    members: { state: true },
    loadError: { state: true },
    rowError: { state: true },
    inviteError: { state: true },
    inviteErrors: { state: true },
    busy: { state: true },
    removing: { state: true },
    pending: { state: true },
  };
  static override styles = [
    shared,
    css`
      fieldset {
        min-width: 0;
      }
      .scroll {
        overflow-x: auto;
        max-width: 100%;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        max-width: 52rem;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-block-end: 0.25rem;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.4rem 0.75rem 0.4rem 0;
        border-block-end: 1px solid var(--ep-color-border);
      }
      td .row {
        flex-wrap: wrap;
      }
      .who {
        overflow-wrap: anywhere;
      }
      form.invite {
        max-width: 40rem;
      }
      form.invite input:not([type='radio']) {
        width: 100%;
      }
      .roles label.check {
        align-items: flex-start;
      }
      .roles label.check input {
        flex: none;
        margin-block-start: 0.15em;
      }
      .roles .check span {
        display: block;
      }
      .roles .check small {
        display: block;
        font-weight: normal;
        color: var(--ep-color-muted);
      }
      dl.roles-explained dt {
        font-weight: 600;
      }
      dl.roles-explained dd {
        margin: 0 0 0.5em;
      }
      /* A narrow screen: each person a block, not a table row. */
      @media (max-width: 40rem) {
        table,
        thead,
        tbody,
        tr,
        th,
        td {
          display: block;
        }
        thead {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
        }
        tr {
          border-block-end: 1px solid var(--ep-color-border);
          padding-block: 0.5rem;
        }
        th,
        td {
          border: 0;
          padding: 0.2rem 0;
        }
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare route: Route;
  declare members: Member[] | undefined;
  declare loadError: string | undefined;
  declare rowError: { id: string; text: string } | undefined;
  declare inviteError: string | undefined;
  declare inviteErrors: Map<string, string>;
  declare busy: boolean;
  declare removing: Member | undefined;
  /** The role picked in each row's select, before "Change the role". */
  declare pending: Map<string, Role>;

  constructor() {
    super();
    this.busy = false;
    this.inviteErrors = new Map();
    this.pending = new Map();
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  override firstUpdated() {
    if (this.ctx.isAdmin) void this.load();
  }

  private load = async () => {
    this.loadError = undefined;
    try {
      this.members = (await listStaff(this.ctx.api)).body.data;
    } catch (error) {
      this.loadError = message(error);
    }
  };

  private who = (m: Member) => m.name ?? m.email;
  private roleName = (r: Role) => t.roles[r];

  private change = async (m: Member) => {
    const s = pick(strings);
    const role = this.pending.get(m.id) ?? m.role;
    if (role === m.role) return;
    this.busy = true;
    this.rowError = undefined;
    try {
      const { body } = await changeRole(this.ctx.api, m.id, role);
      this.members = this.members!.map((x) => (x.id === m.id ? { ...x, role: body.role } : x));
      this.pending.delete(m.id);
      this.ctx.announce(s.staff.changed(this.who(m), this.roleName(body.role)));
    } catch (error) {
      this.rowError = { id: m.id, text: this.explain(s, error) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#row-alert')?.focus();
    } finally {
      this.busy = false;
    }
  };

  /** A 409 here is the last admin: the server's words, and why. */
  private explain(s: OrganizationMessages, error: unknown) {
    if (error instanceof ConflictError)
      return `${detailOf(error) ?? ''} ${s.staff.lastAdmin}`.trim();
    return message(error);
  }

  private askRemove = async (m: Member) => {
    this.removing = m;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm')?.showModal();
  };

  private closeConfirm = () => {
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm')?.close();
  };

  private onConfirmClose = () => {
    // Focus back where it was: the person's Remove button, if they are still listed.
    const m = this.removing;
    this.removing = undefined;
    if (m) this.renderRoot.querySelector<HTMLElement>(`#remove-${CSS.escape(m.id)}`)?.focus();
  };

  private removeSelected = async () => {
    const m = this.removing;
    if (!m) return;
    const s = pick(strings);
    this.busy = true;
    this.rowError = undefined;
    try {
      await removeMember(this.ctx.api, m.id);
      this.members = this.members!.filter((x) => x.id !== m.id);
      this.removing = undefined;
      this.closeConfirm();
      this.ctx.announce(s.staff.removed(this.who(m)));
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.removing = undefined;
      this.closeConfirm();
      this.rowError = { id: m.id, text: this.explain(s, error) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#row-alert')?.focus();
    } finally {
      this.busy = false;
    }
  };

  private invite = async (e: SubmitEvent) => {
    e.preventDefault();
    const s = pick(strings);
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const email = formValue(data.get('email')).trim();
    const name = formValue(data.get('name')).trim();
    const role = formValue(data.get('role')) as Role;
    this.inviteErrors = new Map();
    this.inviteError = undefined;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      this.inviteErrors = new Map([['email', s.profile.badEmail]]);
    }
    if (!ROLES.includes(role)) this.inviteErrors.set('role', s.profile.required);
    if (this.inviteErrors.size) {
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('form.invite [aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    try {
      const { body } = await inviteStaff(this.ctx.api, { email, role, ...(name ? { name } : {}) });
      this.members = [...(this.members ?? []), body];
      form.reset();
      this.ctx.announce(s.staff.invited(body.email));
    } catch (error) {
      this.inviteErrors = fieldErrors(error);
      this.inviteError = message(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#invite-alert')?.focus();
    } finally {
      this.busy = false;
    }
  };

  private renderList(s: OrganizationMessages, members: Member[]) {
    if (!members.length) return html`<p>${s.staff.empty}</p>`;
    const me = this.ctx.session.staff.id;
    return html`<div class="scroll">
      <table>
        <caption>
          ${s.staff.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.staff.person}</th>
            <th scope="col">${s.staff.role}</th>
            <th scope="col">${s.staff.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${members.map((m) => {
            const picked = this.pending.get(m.id) ?? m.role;
            return html`<tr>
              <th scope="row" class="who">
                ${m.name ? html`${m.name}<br />` : nothing}<span class="muted">${m.email}</span>
                ${m.id === me ? html` <span class="badge">${s.staff.you}</span>` : nothing}
              </th>
              <td>
                <label class="sr-only" for="role-${m.id}">${s.staff.roleOf(this.who(m))}</label>
                <select
                  id="role-${m.id}"
                  @change=${(e: Event) => {
                    this.pending = new Map(this.pending).set(
                      m.id,
                      (e.target as HTMLSelectElement).value as Role,
                    );
                  }}
                >
                  ${ROLES.map(
                    (r) =>
                      html`<option value=${r} ?selected=${r === picked}>
                        ${this.roleName(r)}
                      </option>`,
                  )}
                </select>
              </td>
              <td>
                <div class="row">
                  <button
                    ?disabled=${this.busy || picked === m.role}
                    aria-label=${`${s.staff.change}: ${this.who(m)}`}
                    @click=${() => this.change(m)}
                  >
                    ${s.staff.change}
                  </button>
                  <button
                    id="remove-${m.id}"
                    ?disabled=${this.busy}
                    aria-label=${s.staff.removeOf(this.who(m))}
                    @click=${() => this.askRemove(m)}
                  >
                    ${s.staff.remove}
                  </button>
                </div>
                ${
                  this.rowError?.id === m.id
                    ? html`<p class="error" id="row-alert" role="alert" tabindex="-1">
                        ${this.rowError.text}
                      </p>`
                    : nothing
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderInvite(s: OrganizationMessages) {
    const emailError = this.inviteErrors.get('email');
    const roleError = this.inviteErrors.get('role');
    return html`<form class="invite" @submit=${this.invite} novalidate>
      <p class="hint">${s.staff.inviteHint}</p>
      <div class="field">
        <label for="invite-email">${s.staff.email}</label>
        <input
          id="invite-email"
          name="email"
          type="email"
          autocomplete="off"
          required
          aria-invalid=${emailError ? 'true' : 'false'}
          aria-describedby=${emailError ? 'invite-email-error' : nothing}
        />
        ${emailError ? html`<p class="error" id="invite-email-error">${emailError}</p>` : nothing}
      </div>
      <div class="field">
        <label for="invite-name">${s.staff.name}</label>
        <input id="invite-name" name="name" autocomplete="off" />
      </div>
      <fieldset class="roles" aria-describedby=${roleError ? 'invite-role-error' : nothing}>
        <legend>${s.staff.chooseRole}</legend>
        ${ROLES.map(
          (r) =>
            html`<label class="check"
              ><input
                type="radio"
                name="role"
                value=${r}
                ?checked=${r === 'viewer'}
                aria-invalid=${roleError ? 'true' : 'false'}
              /><span>${this.roleName(r)}<small>${s.staff.roles[r]}</small></span></label
            >`,
        )}
        ${roleError ? html`<p class="error" id="invite-role-error">${roleError}</p>` : nothing}
      </fieldset>
      ${
        this.inviteError
          ? html`<p class="error" id="invite-alert" role="alert" tabindex="-1">
              ${this.inviteError}
            </p>`
          : nothing
      }
      <button class="primary" ?disabled=${this.busy}>${s.staff.send}</button>
    </form>`;
  }

  override render() {
    const s = pick(strings);
    const heading = html`<h1 tabindex="-1" ${focusOnRender()}>${s.staff.title}</h1>`;
    if (!this.ctx.isAdmin)
      return html`${heading}
        <p class="notice">${s.staff.adminsOnly}</p>`;
    return html`${heading}
      <p>${s.staff.intro}</p>
      <section>
        ${
          this.loadError
            ? html`<p class="error" role="alert">${s.staff.loadFailed} ${this.loadError}</p>
                <button @click=${this.load}>${t.retry}</button>`
            : this.members
              ? this.renderList(s, this.members)
              : html`<p role="status">${t.loading}</p>`
        }
      </section>
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">${s.staff.invite}</h2>
        ${this.renderInvite(s)}
      </section>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">${s.staff.rolesTitle}</h2>
        <dl class="roles-explained">
          ${ROLES.map(
            (r) =>
              html`<dt>${this.roleName(r)}</dt>
                <dd>${s.staff.roles[r]}</dd>`,
          )}
        </dl>
      </section>
      <dialog id="confirm" aria-labelledby="confirm-q" @close=${this.onConfirmClose}>
        ${
          this.removing
            ? html`<p id="confirm-q">${s.staff.removeConfirm(this.who(this.removing))}</p>
                <div class="row">
                  <button class="primary" ?disabled=${this.busy} @click=${this.removeSelected}>
                    ${s.staff.removeOf(this.who(this.removing))}
                  </button>
                  <button @click=${this.closeConfirm}>${t.cancel}</button>
                </div>`
            : nothing
        }
      </dialog>`;
  }
}

customElements.define('ep-staff', EpStaff);

declare global {
  interface HTMLElementTagNameMap {
    'ep-staff': EpStaff;
  }
}
