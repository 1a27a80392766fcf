import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { clientFor } from '../stories/support.js';

interface Args {
  '--ep-color-accent': string;
  '--ep-color-on-accent': string;
  '--ep-color-text': string;
  '--ep-color-muted': string;
  '--ep-color-surface': string;
  '--ep-color-surface-alt': string;
  '--ep-color-border': string;
  '--ep-radius': string;
  '--ep-space': string;
  '--ep-gap': string;
  '--ep-font-family': string;
}

const color = { control: 'color' } as const;
const text = { control: 'text' } as const;

/** A city's brand as `--ep-*` tokens, tried live on a board, a form and a feed. */
const meta = {
  title: 'Docs/Theming',
  tags: ['!autodocs'],
  args: {
    '--ep-color-accent': '#7a1f5c',
    '--ep-color-on-accent': '#ffffff',
    '--ep-color-text': '#1f1a1d',
    '--ep-color-muted': '#5a4f56',
    '--ep-color-surface': '#ffffff',
    '--ep-color-surface-alt': '#f7edf3',
    '--ep-color-border': '#d9c4d1',
    '--ep-radius': '0.75em',
    '--ep-space': '1.25em',
    '--ep-gap': '1em',
    '--ep-font-family': 'Verdana, Geneva, sans-serif',
  },
  argTypes: {
    '--ep-color-accent': color,
    '--ep-color-on-accent': color,
    '--ep-color-text': color,
    '--ep-color-muted': color,
    '--ep-color-surface': color,
    '--ep-color-surface-alt': color,
    '--ep-color-border': color,
    '--ep-radius': text,
    '--ep-space': text,
    '--ep-gap': text,
    '--ep-font-family': text,
  },
  render: (args, { parameters }) => {
    const client = clientFor(parameters);
    return html`
      <div
        style=${styleMap({
          ...(args as unknown as Record<string, string>),
          // A light brand on its own light page, whatever the toolbar's theme.
          'color-scheme': 'light',
          background: '#ffffff',
          color: args['--ep-color-text'],
          padding: '1rem',
          display: 'grid',
          gap: '2rem',
        })}
      >
        <ep-challenge-board org="norrhamn" page-size="2" .client=${client}></ep-challenge-board>
        <ep-story-feed
          org="norrhamn,kustlanda"
          limit="2"
          layout="grid"
          .client=${client}
        ></ep-story-feed>
      </div>
    `;
  },
} satisfies Meta<Args>;
export default meta;

/** Change the tokens in the Controls panel and see the brand applied. */
export const BrandPlayground: StoryObj<Args> = { name: 'Brand playground' };
