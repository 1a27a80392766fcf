/** The keyboard shortcuts, shown on the help page and in the `?` dialog. */
import { html } from 'lit';
import { t } from './i18n/index.js';
import { SUBMISSION_STATUSES } from '@entrypoint/sdk';

const row = (keys: string[], what: string) =>
  html`<tr>
    <th scope="row">${keys.map((k, i) => html`${i ? ' / ' : ''}<kbd>${k}</kbd>`)}</th>
    <td>${what}</td>
  </tr>`;

export function helpContent(headingLevel: 2 | 3 = 2) {
  const k = t.help.keys;
  const heading = (text: string) =>
    headingLevel === 2 ? html`<h2>${text}</h2>` : html`<h3>${text}</h3>`;
  return html`<p>${t.help.intro}</p>
    ${heading(t.help.list)}
    <table class="keys">
      <tbody>
        ${row(['j', '↓'], k.next)} ${row(['k', '↑'], k.prev)} ${row(['Enter'], k.open)}
        ${row(['x'], k.select)} ${row(['/'], k.search)}
        ${row(['1', '2', '3', '4', '5', '6'], k.views)}
      </tbody>
    </table>
    ${heading(t.help.detail)}
    <table class="keys">
      <tbody>
        ${row(['m'], k.move)} ${row(['r'], k.write)} ${row(['n'], k.note)} ${row(['a'], k.assign)}
        ${row(['t'], k.tags)} ${row(['f'], k.forward)} ${row(['u', 'Esc'], k.back)}
      </tbody>
    </table>
    ${heading(t.help.anywhere)}
    <table class="keys">
      <tbody>
        ${row(['?'], k.help)} ${row(['g i'], k.inbox)}
      </tbody>
    </table>
    ${heading(t.help.statusesTitle)}
    <dl class="statuses">
      ${SUBMISSION_STATUSES.map(
        (s) =>
          html`<dt>${t.statuses[s]}</dt>
            <dd>${t.help.statuses[s]}</dd>`,
      )}
    </dl>`;
}
