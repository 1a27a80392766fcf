import type {
  BoardMessages,
  CommonMessages,
  DetailMessages,
  FeedMessages,
  FormMessages,
  SentMessages,
} from './en.js';

/** The UI strings every element shares, in Norwegian (Bokmål). */
export const common: CommonMessages = {
  themes: {
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
  all: 'Alle',
  loading: 'Henter …',
  offline: 'Du er ikke koblet til internett. Listen vises når forbindelsen virker igjen.',
  retry: 'Prøv igjen',
  country: 'Land',
  tellEditor: 'Si gjerne fra til den som har ansvar for nettstedet.',
  /** As `Intl.DateTimeFormat` writes it (`dateStyle: 'medium'`, UTC): `30. sep. 2026`. */
  date: (d) =>
    `${d.getUTCDate()}. ${'jan.,feb.,mars,apr.,mai,juni,juli,aug.,sep.,okt.,nov.,des.'.split(',')[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
};

/** The board's own UI strings, in Norwegian (Bokmål). */
export const board: BoardMessages = {
  statuses: {
    draft: 'Utkast',
    open: 'Åpen',
    'in-dialogue': 'I dialog',
    procurement: 'Anskaffelse pågår',
    closed: 'Lukket',
    solved: 'Løst',
  },
  boardLabel: 'Utfordringer',
  search: 'Søk i utfordringer',
  theme: 'Tema',
  status: 'Status',
  owner: 'Organisasjon',
  results: (n, f) => (n === 1 ? '1 utfordring' : `${f} utfordringer`),
  empty: 'Ingen utfordringer passer søket ditt.',
  clearFilters: 'Fjern filtre',
  loadError: 'Vi klarte ikke å hente utfordringene.',
  moreShown: (shown, total) => `Viser ${shown} av ${total} utfordringer`,
  loadMore: 'Vis flere utfordringer',
  deadline: 'Frist',
  back: 'Tilbake til alle utfordringer',
  notFound: 'Vi finner ikke utfordringen. Den kan være fjernet.',
  unknownOrg: (ids) => `Siden viser innhold fra en virksomhet som ikke finnes: ${ids}.`,
};

/** The strings of the board's detail of one challenge, in Norwegian (Bokmål). */
export const detail: DetailMessages = {
  offers: {
    testbed: 'En testarena',
    data: 'Data',
    pilot: 'En pilot',
    procurement: 'Anskaffelse',
    funding: 'Finansiering',
    expertise: 'Kompetanse',
  },
  routes: {
    'market-dialogue': 'Markedsdialog',
    'pre-commercial-procurement': 'Førkommersiell anskaffelse',
    'innovation-partnership': 'Innovasjonspartnerskap',
    'innovation-procurement': 'Innovativ anskaffelse',
    testbed: 'Testarena',
    other: 'Annet',
  },
  need: 'Behovet',
  vision: (year) => `Dit vil vi innen ${year}`,
  opportunity: 'Muligheten',
  offersHeading: 'Dette tilbyr vi',
  route: 'Anskaffelsesvei',
  budget: 'Budsjett',
  contact: 'Kontaktperson',
  clusters: 'Klynger som kan hjelpe',
  noClusters: 'Vi har ikke funnet noen klynge som passer ennå.',
  respond: 'Svar på utfordringen',
  similar: 'Andre som jobber med det samme',
  noSimilar: 'Ingen andre har publisert en lignende utfordring ennå.',
  storiesAbout: 'Historier om utfordringen',
  readHow: 'Les hvordan utfordringen ble løst',
};

/** The form's own UI strings, in Norwegian (Bokmål). */
export const form: FormMessages = {
  kinds: {
    idea: 'En idé',
    proposal: 'Et forslag',
    question: 'Et spørsmål',
    'meeting-request': 'En forespørsel om møte',
    'testbed-request': 'En forespørsel om å bruke en testarena',
  },
  sizes: {
    micro: 'Mikro (færre enn 10 personer)',
    small: 'Lite (10–49 personer)',
    medium: 'Mellomstort (50–249 personer)',
    large: 'Stort (250 personer eller flere)',
  },
  formLabel: 'Send en idé eller et spørsmål',
  formTo: (owner) => `Meldingen går til ${owner}`,
  about: 'Gjelder utfordringen',
  kind: 'Hva vil du sende?',
  title: 'Tittel',
  description: 'Beskriv ideen eller spørsmålet ditt',
  descriptionHint: 'Hva tilbyr dere, for hvem, og hvor langt har dere kommet?',
  company: 'Bedriften din',
  companyName: 'Bedriftens navn',
  orgNumber: 'Organisasjonsnummer',
  size: 'Bedriftens størrelse',
  website: 'Nettside',
  you: 'Du',
  name: 'Navnet ditt',
  email: 'E-post',
  phone: 'Telefonnummer',
  maturity: 'Hvor langt har dere kommet?',
  maturityLevel: (n) => `Teknologisk modenhetsnivå (TRL) ${n}`,
  notSaid: 'Vil ikke oppgi',
  confidential: (owner) => `Behandle det jeg sender som fortrolig: bare ${owner} får lese det`,
  consent:
    'Jeg har lest hvordan personopplysningene mine blir behandlet, og godtar at de brukes til å svare på meldingen.',
  privacyLink: 'Les om hvordan vi behandler personopplysninger',
  newsletter: (owner) => `Jeg vil få nyheter fra ${owner} på e-post`,
  honeypot: 'La dette feltet stå tomt',
  send: 'Send',
  sending: 'Sender…',
  draftKept: 'Det du skriver, blir lagret i denne nettleseren til du har sendt det.',
  sendFailed: 'Vi klarte ikke å sende meldingen. Det du har skrevet, er tatt vare på: prøv igjen.',
  sendOffline:
    'Forbindelsen ble brutt. Det du har skrevet, er tatt vare på: prøv igjen når du er på nett.',
  requiredNote: 'Fyll ut alle feltene som ikke er merket som valgfrie.',
  optional: 'valgfritt',
  forwarding: 'Det kan deles med andre offentlige virksomheter og klynger som kan hjelpe',
  unknownOrgForm: (org) =>
    `Skjemaet er satt opp til å sende til en virksomhet som ikke finnes (${org}), så det kan ikke sende noe.`,
};

/** The form's strings once it is sent, in Norwegian (Bokmål). */
export const sent: SentMessages = {
  errorsHeading: (n) => (n === 1 ? 'Det er 1 feil å rette' : `Det er ${n} feil å rette`),
  errors: {
    kind: 'Velg hva du vil sende',
    title: 'Skriv en tittel på minst 3 tegn',
    description: 'Beskriv ideen med minst 10 tegn',
    'company.name': 'Oppgi bedriftens navn',
    'company.country': 'Velg land',
    'company.size': 'Velg bedriftens størrelse',
    'company.website': 'Oppgi en nettadresse som https://example.com',
    'contact.name': 'Oppgi navnet ditt',
    'contact.email': 'Oppgi en e-postadresse som navn@example.com',
    'contact.phone': 'Bruk bare sifre, mellomrom og + ( ) -',
    'consent.privacy': 'Bekreft at du har lest personvernerklæringen',
  },
  forbidden: 'Det går ikke an å sende meldinger herfra.',
  kept: 'Det du har skrevet, er lagret i nettleseren.',
  rateLimited: (s) => `Det har kommet mange meldinger på kort tid. Prøv igjen om ${s} sekunder.`,
  thanks: 'Takk! Vi har fått meldingen din',
  reference: 'Referansenummeret ditt',
  nextSteps: (owner) => `${owner} leser alle meldinger og svarer til e-postadressen du oppga.`,
  sendAnother: 'Send en ny melding',
  originRefused: (owner) => `Dette nettstedet har ikke lov til å sende meldinger til ${owner}.`,
  viaRefused: (via) => `Dette nettstedet har ikke lov til å sende meldinger på vegne av ${via}.`,
  nextHeading: 'Dette skjer nå',
  quoteReference: 'Oppgi referansenummeret hvis du tar kontakt igjen.',
};

/** The story feed's own UI strings, in Norwegian (Bokmål). */
export const feed: FeedMessages = {
  feedLabel: 'Historier',
  noStories: 'Ingen historier ennå.',
  storiesError: 'Vi klarte ikke å hente historiene.',
  readStory: 'Les historien',
  backToStories: 'Tilbake til alle historier',
  subscribe: 'Abonner',
  rss: 'RSS',
  atom: 'Atom',
  jsonFeed: 'JSON-feed',
  storyChallenges: 'Utfordringer historien handler om',
};

// Ready for the elements as soon as this module runs (see `loaded` in ./index.ts).
const catalogues = globalThis as Record<symbol, Record<string, object> | undefined>;
(catalogues[Symbol.for(`${new URL('.', import.meta.url)}`)] ??= {}).nb = {
  common,
  board,
  detail,
  form,
  sent,
  feed,
};
