import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emptyDataset } from '../fixtures.js';
import { clientFor } from './support.js';

interface Args {
  org?: string;
  sector?: string;
  country?: string;
  region?: string;
  heading?: string;
  'heading-level'?: number;
  lang?: string;
}

// Clusters by sector, country and region, with their profiles and the
// clusters they work with: how a city reaches companies at home and abroad.
// (A line comment, not JSDoc: the docs page takes the element's description from the manifest.)
const meta = {
  title: 'Elements/Cluster directory',
  component: 'ep-cluster-directory',
  render: (args, { parameters }) => html`
    <ep-cluster-directory
      org=${ifDefined(args.org)}
      sector=${ifDefined(args.sector)}
      country=${ifDefined(args.country)}
      region=${ifDefined(args.region)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
      .client=${clientFor(parameters)}
    ></ep-cluster-directory>
  `,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every cluster on the server, with sectors, technologies, members, region and relations. */
export const List: Story = {};

/** Narrowed by attributes to one sector. */
export const Filtered: Story = { args: { sector: 'energy' } };

/** The clusters of one country. */
export const OneCountry: Story = { name: 'One country', args: { country: 'NO' } };

/** The clusters of one region (a NUTS code or its prefix). */
export const OneRegion: Story = { name: 'One region', args: { region: 'SE2' } };

/** The directory's own heading (`heading`, `heading-level`). */
export const WithHeading: Story = {
  name: 'With a heading',
  args: { heading: 'Clusters that can help', 'heading-level': 2 },
};

/** In Swedish. */
export const Swedish: Story = { args: { lang: 'sv' } };

/** In Norwegian. */
export const Norwegian: Story = { args: { lang: 'nb' } };

/** In Finnish. */
export const Finnish: Story = { args: { lang: 'fi' } };

/** Waiting for the API. */
export const Loading: Story = { parameters: { fixture: { mode: 'loading' } } };

/** No cluster on the server yet. */
export const Empty: Story = { parameters: { fixture: { dataset: emptyDataset() } } };

/** The API answered with a server error. */
export const ServerError: Story = { name: 'Error', parameters: { fixture: { mode: 'error' } } };

/** The connection is gone. */
export const Offline: Story = { parameters: { fixture: { mode: 'offline' } } };
