import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emptyDataset, longDataset } from '../fixtures.js';
import { clientFor, inShadow } from './support.js';

interface Args {
  org?: string;
  theme?: string;
  limit?: number;
  layout?: 'list' | 'grid';
  heading?: string;
  'heading-level'?: number;
  'challenge-url'?: string;
  lang?: string;
}

/** Opens the story `id` as a reader would: a click on its title. */
function openStory(id: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const link = await inShadow(canvasElement, 'ep-story-feed', `a[data-id="${id}"]`);
    link.click();
    await inShadow(canvasElement, 'ep-story-feed', '[part="story"]');
  };
}

// Stories of what worked, with images, and links to the RSS, Atom and JSON
// feeds that newsletters and sites subscribe to.
// (A line comment, not JSDoc: the docs page takes the element's description from the manifest.)
const meta = {
  title: 'Elements/Story feed',
  component: 'ep-story-feed',
  args: { layout: 'list' },
  argTypes: { layout: { control: 'inline-radio', options: ['list', 'grid'] } },
  render: (args, { parameters }) => html`
    <ep-story-feed
      org=${ifDefined(args.org)}
      theme=${ifDefined(args.theme)}
      limit=${ifDefined(args.limit)}
      layout=${ifDefined(args.layout)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
      challenge-url=${ifDefined(args['challenge-url'])}
      lang=${ifDefined(args.lang)}
      .client=${clientFor(parameters)}
    ></ep-story-feed>
  `,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every owner's stories, newest first, in one column. */
export const List: Story = {};

/** Cards side by side (`layout="grid"`). */
export const Grid: Story = { args: { layout: 'grid' } };

/** Forty stories in the store, the most the feed shows at once (`limit="24"`). */
export const LongList: Story = {
  name: 'Long list',
  args: { layout: 'grid', limit: 24 },
  parameters: { fixture: { dataset: longDataset() } },
};

/** One story opened: its full text, image and author. */
export const StoryOpen: Story = {
  name: 'Story open',
  play: openStory('electric-ferry-pilot'),
};

/** One story opened, with links to the challenges it tells about (on the board's page, `challenge-url`). */
export const StoryWithChallenges: Story = {
  name: 'Story open, with its challenges',
  args: { 'challenge-url': 'https://norrhamn.example/challenges' },
  play: async (context) => {
    await openStory('electric-ferry-pilot')(context);
    await inShadow(context.canvasElement, 'ep-story-feed', '[part="challenges"] a');
  },
};

/** The feed's own heading (`heading`, `heading-level`). */
export const WithHeading: Story = {
  name: 'With a heading',
  args: { heading: 'What worked', 'heading-level': 2 },
};

/** A story without an image, in the list and opened. */
export const NoImage: Story = {
  name: 'No image',
  args: { org: 'fjordvik' },
  play: openStory('shore-power-first-year'),
};

/** A long German story, whatever the UI language: the text says it is German. */
export const LongGerman: Story = {
  name: 'Story open, long German text',
  args: { org: 'hafenau' },
  play: openStory('waste-heat-market-dialogue'),
};

/** Only one theme. */
export const OneTheme: Story = { name: 'One theme', args: { theme: 'energy', layout: 'grid' } };

/** Waiting for the API. */
export const Loading: Story = { parameters: { fixture: { mode: 'loading' } } };

/** No stories told yet. */
export const Empty: Story = { parameters: { fixture: { dataset: emptyDataset() } } };

/** The API answered with a server error. */
export const ServerError: Story = { name: 'Error', parameters: { fixture: { mode: 'error' } } };

/** The connection is gone. */
export const Offline: Story = { parameters: { fixture: { mode: 'offline' } } };
