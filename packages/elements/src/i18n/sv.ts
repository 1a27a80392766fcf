import type {
  BoardMessages,
  CommonMessages,
  DetailMessages,
  FeedMessages,
  FormMessages,
  SentMessages,
} from './en.js';

/** The UI strings every element shares, in Swedish. */
export const common: CommonMessages = {
  themes: {
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
  all: 'Alla',
  loading: 'Hämtar…',
  offline: 'Du är inte ansluten till internet. Listan visas när anslutningen fungerar igen.',
  retry: 'Försök igen',
  country: 'Land',
  tellEditor: 'Kontakta gärna den som ansvarar för webbplatsen.',
  /** As `Intl.DateTimeFormat` writes it (`dateStyle: 'medium'`, UTC): `30 sep. 2026`. */
  date: (d) =>
    `${d.getUTCDate()} ${'jan.,feb.,mars,apr.,maj,juni,juli,aug.,sep.,okt.,nov.,dec.'.split(',')[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
};

/** The board's own UI strings, in Swedish. */
export const board: BoardMessages = {
  statuses: {
    draft: 'Utkast',
    open: 'Öppen',
    'in-dialogue': 'I dialog',
    procurement: 'Upphandling pågår',
    closed: 'Avslutad',
    solved: 'Löst',
  },
  boardLabel: 'Utmaningar',
  search: 'Sök utmaningar',
  theme: 'Tema',
  status: 'Status',
  owner: 'Organisation',
  results: (n, f) => (n === 1 ? '1 utmaning' : `${f} utmaningar`),
  empty: 'Inga utmaningar passar din sökning.',
  clearFilters: 'Ta bort filtren',
  loadError: 'Det gick inte att hämta utmaningarna.',
  moreShown: (shown, total) => `Visar ${shown} av ${total} utmaningar`,
  loadMore: 'Visa fler utmaningar',
  deadline: 'Sista dag',
  back: 'Tillbaka till alla utmaningar',
  notFound: 'Vi hittar inte utmaningen. Den kan ha tagits bort.',
  unknownOrg: (ids) => `Sidan visar innehåll från en organisation som inte finns: ${ids}.`,
};

/** The strings of the board's detail of one challenge, in Swedish. */
export const detail: DetailMessages = {
  offers: {
    testbed: 'En testbädd',
    data: 'Data',
    pilot: 'En pilot',
    procurement: 'Upphandling',
    funding: 'Finansiering',
    expertise: 'Expertis',
  },
  routes: {
    'market-dialogue': 'Marknadsdialog',
    'pre-commercial-procurement': 'Förkommersiell upphandling',
    'innovation-partnership': 'Innovationspartnerskap',
    'innovation-procurement': 'Innovationsupphandling',
    testbed: 'Testbädd',
    other: 'Annat',
  },
  need: 'Behovet',
  vision: (year) => `Dit vill vi nå till ${year}`,
  opportunity: 'Möjligheten',
  offersHeading: 'Det här erbjuder vi',
  route: 'Upphandlingsväg',
  budget: 'Budget',
  contact: 'Kontaktperson',
  clusters: 'Kluster som kan hjälpa till',
  noClusters: 'Vi har inte hittat något kluster som passar ännu.',
  respond: 'Svara på utmaningen',
  similar: 'Andra som arbetar med samma sak',
  noSimilar: 'Ingen annan organisation har publicerat en liknande utmaning ännu.',
  storiesAbout: 'Berättelser om utmaningen',
  readHow: 'Läs hur utmaningen löstes',
};

/** The form's own UI strings, in Swedish. */
export const form: FormMessages = {
  kinds: {
    idea: 'En idé',
    proposal: 'Ett förslag',
    question: 'En fråga',
    'meeting-request': 'En förfrågan om möte',
    'testbed-request': 'En förfrågan om att använda en testbädd',
  },
  sizes: {
    micro: 'Mikro (färre än 10 personer)',
    small: 'Litet (10–49 personer)',
    medium: 'Medelstort (50–249 personer)',
    large: 'Stort (250 personer eller fler)',
  },
  formLabel: 'Skicka en idé eller fråga',
  formTo: (owner) => `Ditt meddelande går till ${owner}`,
  about: 'Gäller utmaningen',
  kind: 'Vad vill du skicka?',
  title: 'Rubrik',
  description: 'Beskriv din idé eller fråga',
  descriptionHint: 'Vad erbjuder ni, för vem, och hur långt har ni kommit?',
  company: 'Ditt företag',
  companyName: 'Företagets namn',
  orgNumber: 'Organisationsnummer',
  size: 'Företagets storlek',
  website: 'Webbplats',
  you: 'Du',
  name: 'Ditt namn',
  email: 'E-post',
  phone: 'Telefonnummer',
  maturity: 'Hur långt har ni kommit?',
  maturityLevel: (n) => `Teknisk mognadsnivå (TRL) ${n}`,
  notSaid: 'Vill inte ange',
  confidential: (owner) =>
    `Behandla det jag skickar som konfidentiellt: bara ${owner} får läsa det`,
  consent:
    'Jag har läst hur mina personuppgifter behandlas och godkänner att de används för att besvara mitt meddelande.',
  privacyLink: 'Läs om hur vi behandlar personuppgifter',
  newsletter: (owner) => `Jag vill få nyheter från ${owner} via e-post`,
  honeypot: 'Lämna fältet tomt',
  send: 'Skicka',
  sending: 'Skickar…',
  draftKept: 'Det du skriver sparas i den här webbläsaren tills du har skickat det.',
  sendFailed: 'Det gick inte att skicka meddelandet. Det du har skrivit finns kvar: försök igen.',
  sendOffline: 'Anslutningen bröts. Det du har skrivit finns kvar: försök igen när du är ansluten.',
  requiredNote: 'Fyll i alla fält som inte är markerade som frivilliga.',
  optional: 'frivilligt',
  forwarding: 'Det får delas med andra offentliga organisationer och kluster som kan hjälpa till',
  unknownOrgForm: (org) =>
    `Formuläret är inställt på en organisation som inte finns (${org}), så det går inte att skicka något.`,
};

/** The form's strings once it is sent, in Swedish. */
export const sent: SentMessages = {
  errorsHeading: (n) => (n === 1 ? 'Det finns 1 fel att rätta' : `Det finns ${n} fel att rätta`),
  errors: {
    kind: 'Välj vad du vill skicka',
    title: 'Skriv en rubrik på minst 3 tecken',
    description: 'Beskriv din idé med minst 10 tecken',
    'company.name': 'Ange företagets namn',
    'company.country': 'Välj land',
    'company.size': 'Välj företagets storlek',
    'company.website': 'Ange en webbadress som https://example.com',
    'contact.name': 'Ange ditt namn',
    'contact.email': 'Ange en e-postadress som namn@example.com',
    'contact.phone': 'Använd bara siffror, mellanslag och + ( ) -',
    'consent.privacy': 'Bekräfta att du har läst integritetsmeddelandet',
  },
  forbidden: 'Det går inte att skicka meddelanden härifrån.',
  kept: 'Det du har skrivit finns kvar i webbläsaren.',
  rateLimited: (s) => `Det har kommit många meddelanden på kort tid. Försök igen om ${s} sekunder.`,
  thanks: 'Tack! Vi har tagit emot ditt meddelande',
  reference: 'Ditt ärendenummer',
  nextSteps: (owner) =>
    `${owner} läser alla meddelanden och svarar till den e-postadress du angav.`,
  sendAnother: 'Skicka ett nytt meddelande',
  originRefused: (owner) => `Den här webbplatsen får inte skicka meddelanden till ${owner}.`,
  viaRefused: (via) => `Den här webbplatsen får inte skicka meddelanden för ${via}.`,
  nextHeading: 'Så går det till nu',
  quoteReference: 'Ange ärendenumret om du kontaktar oss igen.',
};

/** The story feed's own UI strings, in Swedish. */
export const feed: FeedMessages = {
  feedLabel: 'Berättelser',
  noStories: 'Inga berättelser ännu.',
  storiesError: 'Det gick inte att hämta berättelserna.',
  readStory: 'Läs berättelsen',
  backToStories: 'Tillbaka till alla berättelser',
  subscribe: 'Prenumerera',
  rss: 'RSS',
  atom: 'Atom',
  jsonFeed: 'JSON-flöde',
  storyChallenges: 'Utmaningar som berättelsen handlar om',
};

// Ready for the elements as soon as this module runs (see `loaded` in ./index.ts).
const catalogues = globalThis as Record<symbol, Record<string, object> | undefined>;
(catalogues[Symbol.for(`${new URL('.', import.meta.url)}`)] ??= {}).sv = {
  common,
  board,
  detail,
  form,
  sent,
  feed,
};
