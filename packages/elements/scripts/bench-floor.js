// The floor of the paint bench (scripts/bench.mjs), served beside the embed as
// /embed/floor.js: one module script that asks for the same first page of
// cards as the board's entry does and writes its cards into a shadow root of
// <ep-challenge-board> with innerHTML. No framework, no chunks, no UI strings,
// no filters: what a page on this machine cannot do faster. The board's first
// paint minus this one, measured in the same run, is what the elements cost.
// The language as the entry (src/embed.ts) writes it into its first page's URL.
let lang = 'en';
try {
  lang = Intl.getCanonicalLocales(document.documentElement.lang || 'en')[0] ?? 'en';
} catch {
  // An invalid tag: English, as the entry falls back.
}
const query = new URLSearchParams({ view: 'card', sort: 'status', lang, limit: '12' });
const url = new URL(`../v1/challenges?${query}`, import.meta.url);
const page = await (await fetch(url, { headers: { accept: 'application/json' } })).json();
const text = (s) => String(s ?? '').replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
customElements.define(
  'ep-challenge-board',
  class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({ mode: 'open' }).innerHTML = `<ul>${page.data
        .map(
          (c) => `<li><article><h3><a href="#${text(c.id)}">${text(c.title)}</a></h3>
<p>${text(c.owner)} ${text(c.status)} <time>${text(c.deadline)}</time></p>
<p>${text(c.summary)}</p></article></li>`,
        )
        .join('')}</ul>`;
    }
  },
);
