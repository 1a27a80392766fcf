/**
 * The demo owners: two cities in different countries and a region. All names,
 * people and addresses are fictional; every web and mail address is at an
 * `.example` domain (RFC 2606), so nothing here can reach a real person.
 */
import type { OrganizationInput } from '@entrypoint/sdk';

/** The origins of the demo pages the server itself serves. */
export const DEMO_ORIGINS = ['http://127.0.0.1:8787', 'http://localhost:8787'];

export const norrhamn: OrganizationInput = {
  id: 'norrhamn',
  kind: 'city',
  name: { sv: 'Norrhamns kommun', en: 'City of Norrhamn' },
  country: 'SE',
  defaultLanguage: 'sv',
  website: 'https://www.norrhamn.example',
  entryPoint: {
    name: 'Linnea Åkerholm',
    role: 'Chef för Innovationsslussen, kommunens ingång för företag',
    email: 'innovation@norrhamn.example',
    // From the range the Swedish regulator (PTS) reserves for fiction.
    phone: '+46 70 174 06 42',
  },
  allowedOrigins: [...DEMO_ORIGINS],
};

export const fjordvik: OrganizationInput = {
  id: 'fjordvik',
  kind: 'city',
  name: { nb: 'Fjordvik kommune', en: 'Fjordvik Municipality' },
  country: 'NO',
  defaultLanguage: 'nb',
  website: 'https://www.fjordvik.example',
  entryPoint: {
    name: 'Ingrid Solheim',
    role: 'Innovasjonssjef, Næringsinngangen',
    email: 'innovasjon@fjordvik.example',
  },
  allowedOrigins: [...DEMO_ORIGINS],
};

export const kustlanda: OrganizationInput = {
  id: 'kustlanda',
  kind: 'region',
  name: {
    fi: 'Kustlandan liitto',
    sv: 'Kustlanda förbund',
    en: 'Regional Council of Kustlanda',
  },
  country: 'FI',
  defaultLanguage: 'fi',
  website: 'https://www.kustlanda.example',
  entryPoint: {
    name: 'Aino Rautiainen',
    role: 'Innovaatiopäällikkö, alueen yhteinen yrityspalvelupiste',
    email: 'innovaatiot@kustlanda.example',
  },
  allowedOrigins: [...DEMO_ORIGINS],
};

/** The cities and the region that own the demo challenges and stories. */
export const demoOrganizations: OrganizationInput[] = [norrhamn, fjordvik, kustlanda];
