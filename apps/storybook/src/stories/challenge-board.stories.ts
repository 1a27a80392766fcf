import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emptyDataset, longDataset } from '../fixtures.js';
import { clientFor, inShadow, openAt } from './support.js';

interface Args {
  org: string;
  status?: string;
  theme?: string;
  'page-size'?: number;
  'respond-url'?: string;
  lang?: string;
}

// A board of public challenges: search, filters with counts, the list, and the
// detail of one challenge with the clusters that match it. Every story feeds
// the element through the real SDK client from fixtures; no server runs.
// (A line comment, not JSDoc: the docs page takes the element's description from the manifest.)
const meta = {
  title: 'Elements/Challenge board',
  component: 'ep-challenge-board',
  args: { org: 'norrhamn,fjordvik,kustlanda,hafenau' },
  render: (args, { parameters }) => html`
    <ep-challenge-board
      org=${args.org}
      status=${ifDefined(args.status)}
      theme=${ifDefined(args.theme)}
      page-size=${ifDefined(args['page-size'])}
      respond-url=${ifDefined(args['respond-url'])}
      lang=${ifDefined(args.lang)}
      .client=${clientFor(parameters)}
    ></ep-challenge-board>
  `,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A board across four owners, in three languages besides English. */
export const List: Story = {};

/** One owner's board: the owner filter disappears. */
export const OneOwner: Story = { args: { org: 'norrhamn' } };

/** Narrowed by attributes to open mobility challenges. */
export const Filtered: Story = { args: { status: 'open', theme: 'mobility' } };

/** Waiting for the API: skeletons, announced as loading. */
export const Loading: Story = { parameters: { fixture: { mode: 'loading' } } };

/** 120 challenges, shown twelve at a time with "show more". */
export const LongList: Story = {
  args: { org: 'norrhamn,fjordvik,kustlanda', 'page-size': 12 },
  parameters: { fixture: { dataset: longDataset(120) } },
};

/** The detail of one challenge: need, vision, opportunity, facts, contact and matching clusters. */
export const Detail: Story = {
  parameters: openAt('#ep-challenge=sustainable-public-transport'),
};

/** A long Finnish-only challenge: the content stays Finnish (and says so with `lang`) whatever the UI language. */
export const DetailInFinnish: Story = {
  name: 'Detail, long Finnish text',
  parameters: openAt('#ep-challenge=archipelago-transport'),
};

/** A long German-only challenge with long compound words. */
export const DetailInGerman: Story = {
  name: 'Detail, long German text',
  parameters: openAt('#ep-challenge=district-heating-waste-heat'),
};

/** "Respond" opens the entry-point form in place, for this challenge. */
export const Responding: Story = {
  parameters: openAt('#ep-challenge=sustainable-public-transport'),
  play: async ({ canvasElement }) => {
    const respond = await inShadow(canvasElement, 'ep-challenge-board', 'button[part="respond"]');
    respond.click();
    await inShadow(canvasElement, 'ep-challenge-board', 'ep-entry-form');
  },
};

/** A link to a challenge that does not exist (any more). */
export const DetailNotFound: Story = {
  name: 'Detail, not found',
  parameters: openAt('#ep-challenge=withdrawn-challenge'),
};

/** An owner with no public challenges yet. */
export const Empty: Story = { parameters: { fixture: { dataset: emptyDataset() } } };

/** The API answered with a server error. */
export const ServerError: Story = {
  name: 'Error',
  parameters: { fixture: { mode: 'error' } },
};

/** The connection is gone: the board says so and offers to try again. */
export const Offline: Story = { parameters: { fixture: { mode: 'offline' } } };
