import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import '@entrypoint/elements/define.js';
import manifest from '@entrypoint/elements/custom-elements.json';
import { LANGUAGES, THEMES, themeStyle } from '../src/themes.js';

// Autodocs read attributes, properties, events, parts and CSS properties from
// the manifest that the elements' build writes.
setCustomElementsManifest(manifest);

/**
 * Puts every story in a wrapper that carries the toolbar's language (`lang`,
 * which the elements read from their nearest ancestor) and theme (`--ep-*`
 * custom properties and the page's colour scheme).
 */
const withLanguageAndTheme: Decorator = (story, { globals, viewMode }) => html`
  <div
    class="ep-story"
    lang=${globals.lang ?? 'en'}
    style="${themeStyle((globals.theme as string | undefined) ?? 'default')}; padding: 1rem; ${
      viewMode === 'docs' ? '' : 'min-height: 100vh; box-sizing: border-box;'
    }"
  >
    ${story()}
  </div>
`;

/**
 * Starts a story at the URL hash in its `hash` parameter (an element that keeps
 * its state in the hash, like the board's open challenge), and clears a hash
 * left by the story shown before.
 */
const withHash: Decorator = (story, { parameters, viewMode }) => {
  if (viewMode !== 'docs') {
    const hash = typeof parameters.hash === 'string' ? parameters.hash : '';
    if (location.hash !== hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
  return story();
};

const preview: Preview = {
  decorators: [withLanguageAndTheme, withHash, withActions],
  globalTypes: {
    lang: {
      description: 'Language of the page around the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme: default, dark, or a city brand made of --ep-* tokens',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, t]) => ({ value, title: t.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'default' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // The elements' events, logged in the Actions panel as they fire.
    actions: { handles: ['ep-challenge-select', 'ep-submit'] },
    a11y: {
      // Fail the accessibility panel on WCAG 2.1 A/AA violations, as the CI check does.
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    },
    options: {
      storySort: {
        order: ['Docs', ['Embed on your site', 'Theming', 'Languages'], 'Elements'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
