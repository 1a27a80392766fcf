/**
 * The sixteen theme names in the console's four languages, for the view
 * catalogues that show or choose themes (challenges, stories, embed,
 * organization). Its own module, so the views that need it share one chunk
 * and the inbox loads none of it. The wording is the elements' (the public
 * board's, packages/elements/src/i18n), so staff see the names visitors see.
 */
import type { Theme } from '@entrypoint/sdk';
import type { Catalogue } from './index.js';

export type ThemeNames = Record<Theme, string>;

export const themeNames: Catalogue<ThemeNames> = {
  en: {
    mobility: 'Mobility',
    energy: 'Energy',
    climate: 'Climate',
    'circular-economy': 'Circular economy',
    'built-environment': 'Built environment',
    water: 'Water',
    food: 'Food',
    health: 'Health',
    'social-care': 'Social care',
    education: 'Education',
    safety: 'Safety',
    digitalisation: 'Digitalisation',
    culture: 'Culture',
    tourism: 'Tourism',
    maritime: 'Maritime',
    industry: 'Industry',
  },
  sv: {
    mobility: 'Mobilitet',
    energy: 'Energi',
    climate: 'Klimat',
    'circular-economy': 'Cirkulär ekonomi',
    'built-environment': 'Byggd miljö',
    water: 'Vatten',
    food: 'Livsmedel',
    health: 'Hälsa',
    'social-care': 'Omsorg',
    education: 'Utbildning',
    safety: 'Trygghet',
    digitalisation: 'Digitalisering',
    culture: 'Kultur',
    tourism: 'Turism',
    maritime: 'Maritimt',
    industry: 'Industri',
  },
  nb: {
    mobility: 'Mobilitet',
    energy: 'Energi',
    climate: 'Klima',
    'circular-economy': 'Sirkulær økonomi',
    'built-environment': 'Bygde omgivelser',
    water: 'Vann',
    food: 'Mat',
    health: 'Helse',
    'social-care': 'Omsorg',
    education: 'Utdanning',
    safety: 'Trygghet',
    digitalisation: 'Digitalisering',
    culture: 'Kultur',
    tourism: 'Turisme',
    maritime: 'Maritimt',
    industry: 'Industri',
  },
  fi: {
    mobility: 'Liikkuminen',
    energy: 'Energia',
    climate: 'Ilmasto',
    'circular-economy': 'Kiertotalous',
    'built-environment': 'Rakennettu ympäristö',
    water: 'Vesi',
    food: 'Ruoka',
    health: 'Terveys',
    'social-care': 'Sosiaalihuolto',
    education: 'Koulutus',
    safety: 'Turvallisuus',
    digitalisation: 'Digitalisaatio',
    culture: 'Kulttuuri',
    tourism: 'Matkailu',
    maritime: 'Meriala',
    industry: 'Teollisuus',
  },
};
