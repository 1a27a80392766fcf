/**
 * The themes of the toolbar. A city brand is nothing but `--ep-*` custom
 * properties set on an ancestor of the elements (here the story's wrapper; on
 * a city's site, any element around them, or `:root`).
 */

export interface ThemeDefinition {
  title: string;
  /** The page's colour scheme; the elements' defaults follow it through `light-dark()`. */
  colorScheme: 'light' | 'dark';
  /** Custom properties set on the wrapper, page background included. */
  tokens: Record<`--${string}`, string>;
  /** The page behind the elements. */
  background: string;
  color: string;
}

/** The page's own font, which the elements inherit unless a brand sets `--ep-font-family`. */
const PAGE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const THEMES = {
  default: {
    title: 'Default',
    colorScheme: 'light',
    tokens: {},
    background: '#ffffff',
    color: '#1a1a1a',
  },
  dark: {
    title: 'Dark',
    colorScheme: 'dark',
    tokens: {},
    background: '#121212',
    color: '#f0f0f0',
  },
  /** Norrhamn: a harbour city with a deep green brand, square corners and a serif typeface. */
  norrhamn: {
    title: 'City brand: Norrhamn',
    colorScheme: 'light',
    tokens: {
      '--ep-color-accent': '#00594f',
      '--ep-color-on-accent': '#ffffff',
      '--ep-color-text': '#14231f',
      '--ep-color-muted': '#44534f',
      '--ep-color-surface': '#ffffff',
      '--ep-color-surface-alt': '#e8f3f0',
      '--ep-color-border': '#a9c7c0',
      '--ep-color-danger': '#a4161a',
      '--ep-radius': '0',
      '--ep-font-family': 'Georgia, "Times New Roman", serif',
      '--ep-focus-ring': '3px solid #c75000',
    },
    background: '#f7faf9',
    color: '#14231f',
  },
  /** Fjordvik: a fjord municipality in navy and warm yellow, with round shapes and generous spacing. */
  fjordvik: {
    title: 'City brand: Fjordvik',
    colorScheme: 'light',
    tokens: {
      '--ep-color-accent': '#1b3a7a',
      '--ep-color-on-accent': '#fff6d6',
      '--ep-color-text': '#101a33',
      '--ep-color-muted': '#3d4a66',
      '--ep-color-surface': '#ffffff',
      '--ep-color-surface-alt': '#fff6d6',
      '--ep-color-border': '#c6cde0',
      '--ep-color-danger': '#b00020',
      '--ep-radius': '1.25em',
      '--ep-space': '1.25em',
      '--ep-gap': '1.5em',
      '--ep-font-family': 'system-ui, "Segoe UI", Roboto, sans-serif',
      '--ep-focus-ring': '3px dashed #1b3a7a',
    },
    background: '#f4f6fb',
    color: '#101a33',
  },
} satisfies Record<string, ThemeDefinition>;

export type ThemeName = keyof typeof THEMES;

/** The languages of the toolbar: every language the elements' UI speaks. */
export const LANGUAGES = {
  en: 'English',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  fi: 'Suomi',
} as const;
export type Language = keyof typeof LANGUAGES;

/** The `style` attribute for a theme's wrapper. */
export function themeStyle(name: string): string {
  const theme: ThemeDefinition = THEMES[name as ThemeName] ?? THEMES.default;
  const tokens = Object.entries(theme.tokens).map(([k, v]) => `${k}: ${v}`);
  return [
    `color-scheme: ${theme.colorScheme}`,
    `background: ${theme.background}`,
    `color: ${theme.color}`,
    `font-family: ${PAGE_FONT}`,
    ...tokens,
  ].join('; ');
}
