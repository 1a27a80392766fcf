import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // GitHub-flavoured Markdown, for the tables of the docs pages.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  staticDirs: ['../public'],
  // Storybook's own docs renderer and axe are large; that is not ours to split.
  viteFinal: (config) => ({
    ...config,
    build: { ...config.build, chunkSizeWarningLimit: 2048 },
    optimizeDeps: {
      ...config.optimizeDeps,
      // Pre-bundle every Lit entry point (ours, the elements' and Storybook's
      // renderer's `lit/directive-helpers.js`) in one go, so that the dev server does
      // not load a second copy of Lit when it discovers one later (the elements'
      // build is a linked workspace package, scanned after the stories).
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
        'lit/directives/if-defined.js',
        'lit/directives/live.js',
        'lit/directives/style-map.js',
        'lit/directives/unsafe-html.js',
        '@lit/context',
      ],
    },
  }),
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
