import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  challenge,
  demoDataset,
  emptyDataset,
  longDataset,
  organizations,
  story,
} from '../fixtures.js';
import { clientFor, inShadow, openAt } from './support.js';
import { ChallengeBoardPreview } from '@entrypoint/elements';

if (!customElements.get('ep-challenge-board-preview'))
  customElements.define('ep-challenge-board-preview', ChallengeBoardPreview);

interface Args {
  org: string;
  status?: string;
  theme?: string;
  'page-size'?: number;
  'respond-url'?: string;
  via?: string;
  region?: string;
  heading?: string;
  'heading-level'?: number;
  lang?: string;
}

/** The demo content with a solved challenge and the story of how. */
function withSolved() {
  const dataset = demoDataset();
  dataset.challenges.push(
    challenge({
      id: 'harbour-lights',
      orgId: 'norrhamn',
      status: 'solved',
      themes: ['mobility', 'safety'],
      title: {
        en: 'Lights that follow the ferry passengers',
        sv: 'Ljus som följer färjeresenärerna',
      },
    }),
  );
  dataset.stories.push(
    story({
      id: 'harbour-lights-story',
      orgId: 'norrhamn',
      challengeIds: ['harbour-lights'],
      title: { en: 'How the harbour got its lights', sv: 'Så fick hamnen sitt ljus' },
    }),
  );
  return dataset;
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
      via=${ifDefined(args.via)}
      region=${ifDefined(args.region)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
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

/** On a cluster's site (`via`): the form it opens credits the cluster for opening the door. */
export const RespondingViaCluster: Story = {
  name: 'Responding, via a cluster',
  args: { via: 'nordic-mobility-cluster' },
  parameters: openAt('#ep-challenge=sustainable-public-transport'),
  play: async ({ canvasElement }) => {
    const respond = await inShadow(canvasElement, 'ep-challenge-board', 'button[part="respond"]');
    respond.click();
    await inShadow(
      canvasElement,
      'ep-challenge-board',
      'ep-entry-form[via="nordic-mobility-cluster"]',
    );
  },
};

/** A solved challenge: no "respond", and "read the story of how" links its story. */
export const DetailSolved: Story = {
  name: 'Detail, solved, with its story',
  parameters: {
    ...openAt('#ep-challenge=harbour-lights'),
    fixture: { dataset: withSolved() },
  },
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'ep-challenge-board', '[part="story-link"]');
  },
};

/** A regional board across every owner on the server (`org="*"`, `region`). */
export const Regional: Story = {
  name: 'Regional board, every owner',
  args: { org: '*', region: 'SE' },
};

/** Every status its own badge: colour, symbol and border (themeable with `--ep-status-*`). */
export const StatusBadges: Story = {
  name: 'Status badges',
  parameters: { fixture: { dataset: withSolved() } },
};

/** The board's own heading (`heading`, `heading-level`), with the titles one level below. */
export const WithHeading: Story = {
  name: 'With a heading',
  args: { heading: 'Challenges in the region', 'heading-level': 2 },
};

/** A typo in `org`: the board says so at once, in the page's language, and warns the web team in the console. */
export const UnknownOrganisation: Story = {
  name: 'Unknown organisation',
  args: { org: 'norhamn' },
};

/** The API answered with a server error. */
export const ServerError: Story = {
  name: 'Error',
  parameters: { fixture: { mode: 'error' } },
};

/** The connection is gone: the board says so and offers to try again. */
export const Offline: Story = { parameters: { fixture: { mode: 'offline' } } };

/**
 * A draft previewed before it is published: `ChallengeBoardPreview` (the
 * board with `preview` and `previewOrg`) shows the challenge's detail from
 * memory, without requests, as the staff console's preview does.
 */
export const PreviewOfADraft: Story = {
  name: 'Preview of a draft',
  render: (args) => html`
    <ep-challenge-board-preview
      lang=${ifDefined(args.lang)}
      .previewOrg=${organizations.find((o) => o.id === 'norrhamn')}
      .preview=${challenge({
        id: 'quiet-night-buses',
        orgId: 'norrhamn',
        status: 'draft',
        themes: ['mobility'],
        title: { en: 'Quiet night buses', sv: 'Tysta nattbussar' },
      })}
    ></ep-challenge-board-preview>
  `,
};
