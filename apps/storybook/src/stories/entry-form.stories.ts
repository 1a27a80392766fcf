import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { FixtureClient } from '../fixtures.js';
import { clientFor, inShadow, type FixtureParameters } from './support.js';

interface Args {
  org: string;
  challenge?: string;
  via?: string;
  'privacy-url'?: string;
  heading?: string;
  'heading-level'?: number;
  lang?: string;
}

type Draft = Record<string, string | boolean>;

interface FormParameters extends FixtureParameters {
  /** What the person has typed so far: the form's draft, as it keeps it in `localStorage`. */
  draft?: Draft;
}

/** A complete, valid submission as typed into the form. */
const FILLED: Draft = {
  kind: 'idea',
  title: 'Electric ferries that come when called',
  description:
    'We run small electric ferries on demand, booked by app or phone, for islands with few passengers in winter.',
  'company.name': 'Sundfärjan AB',
  'company.country': 'SE',
  'company.size': 'small',
  'contact.name': 'Eva Berg',
  'contact.email': 'eva@sundfarjan.example',
  'consent.privacy': true,
};

/** The same, typed in German, with long compound words. */
const FILLED_GERMAN: Draft = {
  ...FILLED,
  title: 'Meerwasser-Wärmepumpen für denkmalgeschützte Bestandsquartiere',
  description:
    'Unsere Wärmepumpentechnologie nutzt Meerwasser auch bei Temperaturen unter vier Grad. Wir schlagen eine Pilotanlage für das Quartier Hafenkante vor, mit Anschlussberatung für Eigentümergemeinschaften.',
  'company.name': 'Nordsee-Wärmetechnik GmbH & Co. KG',
  'company.country': 'DE',
  'company.size': 'medium',
  'contact.name': 'Jürgen Schäfer-Großmann',
  'contact.email': 'j.schaefer@nordsee-waerme.example',
};

/**
 * Puts the story's draft where the form keeps it (or clears it), before the
 * form reads it: the form restores what a person typed across reloads.
 */
function seedDraft(args: Args, draft: Draft | undefined) {
  const key = `ep-entry-form:${args.org}:${args.challenge || '-'}`;
  if (draft) localStorage.setItem(key, JSON.stringify({ values: draft, key: `storybook-${key}` }));
  else localStorage.removeItem(key);
}

/** The requests the form's fixture client sent. */
const requestsOf = (canvas: HTMLElement) =>
  (canvas.querySelector('ep-entry-form')?.client as FixtureClient | undefined)?.requests ?? [];

async function submit(canvas: HTMLElement) {
  const button = await inShadow<HTMLButtonElement>(
    canvas,
    'ep-entry-form',
    'button[part="submit"]',
  );
  await waitFor(() => expect(button.disabled).toBe(false), { timeout: 10_000 });
  button.click();
}

// The entry-point form: a company sends an idea, a proposal, a question or a
// request to an owner's one point of entry. It keeps a draft across reloads,
// never sends one submission twice, and tells the person the reference.
// (A line comment, not JSDoc: the docs page takes the element's description from the manifest.)
const meta = {
  title: 'Elements/Entry form',
  component: 'ep-entry-form',
  args: { org: 'norrhamn', 'privacy-url': 'https://norrhamn.example/privacy' },
  render: (args, { parameters }) => {
    seedDraft(args, (parameters as FormParameters).draft);
    return html`
      <ep-entry-form
        org=${args.org}
        challenge=${ifDefined(args.challenge)}
        via=${ifDefined(args.via)}
        privacy-url=${ifDefined(args['privacy-url'])}
        heading=${ifDefined(args.heading)}
        heading-level=${ifDefined(args['heading-level'])}
        lang=${ifDefined(args.lang)}
        .client=${clientFor(parameters)}
      ></ep-entry-form>
    `;
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Nothing typed yet. */
export const Empty: Story = {};

/** About one challenge, sent from a cluster's site (`via`): the city sees which door the company came through. */
export const AboutAChallenge: Story = {
  name: 'About a challenge, via a cluster',
  args: { challenge: 'sustainable-public-transport', via: 'nordic-mobility-cluster' },
};

/** Sent empty: an error summary that links to each field, and messages tied to the fields. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '[part="error-summary"]');
  },
};

/** The server refused two fields (422): its messages are shown at the fields. */
export const RejectedByServer: Story = {
  name: 'With errors from the server',
  parameters: { draft: FILLED, fixture: { submissions: 'reject' } } satisfies FormParameters,
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '#f-contact-email-error');
  },
};

/** Filled in and sent; the answer has not come yet. */
export const Submitting: Story = {
  parameters: { draft: FILLED_GERMAN, fixture: { submissions: 'hang' } } satisfies FormParameters,
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    const button = await inShadow<HTMLButtonElement>(
      canvasElement,
      'ep-entry-form',
      'button[part="submit"]',
    );
    await waitFor(() => expect(button.disabled).toBe(true), { timeout: 10_000 });
  },
};

/** The connection dropped while sending: nothing is lost, and the person can send again. */
export const DroppedConnection: Story = {
  name: 'Dropped connection',
  parameters: { draft: FILLED, fixture: { submissions: 'drop-once' } } satisfies FormParameters,
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '#send-error');
  },
};

/**
 * The connection dropped, and the person sent again: the retry carries the
 * same Idempotency-Key, so the owner gets the submission once.
 */
export const DroppedConnectionThenRetry: Story = {
  name: 'Dropped connection, then retry',
  parameters: { draft: FILLED, fixture: { submissions: 'drop-once' } } satisfies FormParameters,
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '#send-error');
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '[part="reference"]');
    const posts = requestsOf(canvasElement).filter((r) => r.method === 'POST');
    await expect(posts).toHaveLength(2);
    await expect(posts[1]?.headers['idempotency-key']).toBe(posts[0]?.headers['idempotency-key']);
  },
};

/** Sent from a site that may not send on behalf of the cluster in `via` (403 `via-unproven`): no retry, whom to ask. */
export const ViaUnproven: Story = {
  name: 'Site may not send for the cluster',
  args: { via: 'nordic-mobility-cluster' },
  parameters: { draft: FILLED, fixture: { submissions: 'via-unproven' } } satisfies FormParameters,
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '#send-error');
  },
};

/** A typo in `org`: said at once, before anyone types, in the page's language. */
export const UnknownOrganisation: Story = {
  name: 'Unknown organisation',
  args: { org: 'norhamn' },
};

/** Confidential: the form then asks whether it may be shared with other public bodies and clusters. */
export const ConfidentialWithForwarding: Story = {
  name: 'Confidential, may be shared',
  parameters: {
    draft: { ...FILLED, confidential: true, 'consent.forwarding': true },
  } satisfies FormParameters,
};

/** The page's own heading text and level (`heading`, `heading-level`). */
export const WithHeading: Story = {
  name: 'With a heading of the page',
  args: { heading: 'Write to the innovation office', 'heading-level': 3 },
};

/** Sent from a site the owner has not allowed (403 `origin-not-allowed`): the person learns whom to ask, and there is no retry. */
export const ForbiddenSite: Story = {
  name: 'Site not allowed',
  parameters: { draft: FILLED, fixture: { submissions: 'forbidden' } } satisfies FormParameters,
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '#send-error');
  },
};

/** Too many submissions from one address (429): the form says when to try again. */
export const RateLimited: Story = {
  name: 'Too many submissions',
  parameters: { draft: FILLED, fixture: { submissions: 'rate-limited' } } satisfies FormParameters,
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '#send-error');
  },
};

/** Received: thanks, and the reference to quote. */
export const Success: Story = {
  parameters: { draft: FILLED } satisfies FormParameters,
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '[part="reference"]');
  },
};

/** The owner's details have not come yet: the form can be filled in meanwhile. */
export const Loading: Story = { parameters: { fixture: { mode: 'loading' } } };

/** Offline from the start: the form can be filled in, and says so when sending fails. */
export const Offline: Story = {
  parameters: { draft: FILLED, fixture: { mode: 'offline' } } satisfies FormParameters,
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
    await inShadow(canvasElement, 'ep-entry-form', '#send-error');
  },
};

/** A Finnish owner's form: the owner's name comes in Finnish when the UI language has none. */
export const FinnishOwner: Story = {
  name: 'Owner with a Finnish name',
  args: { org: 'kustlanda', 'privacy-url': 'https://kustlanda.example/tietosuoja' },
};
