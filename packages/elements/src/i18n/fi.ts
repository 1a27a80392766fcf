import type {
  BoardMessages,
  CommonMessages,
  DetailMessages,
  FeedMessages,
  FormMessages,
  SentMessages,
} from './en.js';

/** The UI strings every element shares, in Finnish. */
export const common: CommonMessages = {
  themes: {
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
  all: 'Kaikki',
  loading: 'Haetaan…',
  offline: 'Verkkoyhteys puuttuu. Lista näkyy, kun yhteys toimii taas.',
  retry: 'Yritä uudelleen',
  country: 'Maa',
  tellEditor: 'Ilmoita asiasta sivuston ylläpitäjälle.',
  /** As `Intl.DateTimeFormat` writes it (`dateStyle: 'medium'`, UTC): `30.9.2026`. */
  date: (d) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`,
};

/** The board's own UI strings, in Finnish. */
export const board: BoardMessages = {
  statuses: {
    draft: 'Luonnos',
    open: 'Avoin',
    'in-dialogue': 'Vuoropuhelussa',
    procurement: 'Hankinnassa',
    closed: 'Suljettu',
    solved: 'Ratkaistu',
  },
  boardLabel: 'Haasteet',
  search: 'Hae haasteita',
  theme: 'Teema',
  status: 'Tila',
  owner: 'Organisaatio',
  results: (n, f) => (n === 1 ? '1 haaste' : `${f} haastetta`),
  empty: 'Hakuasi vastaavia haasteita ei löytynyt.',
  clearFilters: 'Tyhjennä suodattimet',
  loadError: 'Haasteiden haku ei onnistunut.',
  moreShown: (shown, total) => `Näytetään ${shown}/${total} haastetta`,
  loadMore: 'Näytä lisää haasteita',
  deadline: 'Määräaika',
  back: 'Takaisin kaikkiin haasteisiin',
  notFound: 'Haastetta ei löydy. Se on ehkä poistettu.',
  unknownOrg: (ids) => `Sivulla on haettu organisaatiota, jota ei ole olemassa: ${ids}.`,
};

/** The strings of the board's detail of one challenge, in Finnish. */
export const detail: DetailMessages = {
  offers: {
    testbed: 'Testiympäristö',
    data: 'Dataa',
    pilot: 'Pilotti',
    procurement: 'Hankinta',
    funding: 'Rahoitusta',
    expertise: 'Asiantuntemusta',
  },
  routes: {
    'market-dialogue': 'Markkinavuoropuhelu',
    'pre-commercial-procurement': 'Esikaupallinen hankinta',
    'innovation-partnership': 'Innovaatiokumppanuus',
    'innovation-procurement': 'Innovatiivinen hankinta',
    testbed: 'Testiympäristö',
    other: 'Muu',
  },
  need: 'Tarve',
  vision: (year) => `Tavoitteemme vuoteen ${year} mennessä`,
  opportunity: 'Mahdollisuus',
  offersHeading: 'Mitä tarjoamme',
  route: 'Hankintareitti',
  budget: 'Budjetti',
  contact: 'Yhteyshenkilö',
  clusters: 'Klusterit, jotka voivat auttaa',
  noClusters: 'Sopivaa klusteria ei ole vielä löytynyt.',
  respond: 'Vastaa haasteeseen',
  similar: 'Muut, jotka työskentelevät saman asian parissa',
  noSimilar: 'Kukaan muu ei ole vielä julkaissut samanlaista haastetta.',
  storiesAbout: 'Tarinoita tästä haasteesta',
  readHow: 'Lue, miten haaste ratkaistiin',
};

/** The form's own UI strings, in Finnish. */
export const form: FormMessages = {
  kinds: {
    idea: 'Idea',
    proposal: 'Ehdotus',
    question: 'Kysymys',
    'meeting-request': 'Tapaamispyyntö',
    'testbed-request': 'Pyyntö käyttää testiympäristöä',
  },
  sizes: {
    micro: 'Mikro (alle 10 henkeä)',
    small: 'Pieni (10–49 henkeä)',
    medium: 'Keskisuuri (50–249 henkeä)',
    large: 'Suuri (250 henkeä tai enemmän)',
  },
  formLabel: 'Lähetä idea tai kysymys',
  formTo: (owner) => `Vastaanottaja: ${owner}`,
  about: 'Koskee haastetta',
  kind: 'Mitä haluat lähettää?',
  title: 'Otsikko',
  description: 'Kuvaile ideasi tai kysymyksesi',
  descriptionHint: 'Mitä tarjoatte, kenelle, ja kuinka pitkällä olette?',
  company: 'Yrityksesi',
  companyName: 'Yrityksen nimi',
  orgNumber: 'Y-tunnus',
  size: 'Yrityksen koko',
  website: 'Verkkosivut',
  you: 'Sinä',
  name: 'Nimesi',
  email: 'Sähköposti',
  phone: 'Puhelinnumero',
  maturity: 'Kuinka pitkällä olette?',
  maturityLevel: (n) => `Teknologinen valmiustaso (TRL) ${n}`,
  notSaid: 'En halua kertoa',
  confidential: (owner) => `Käsittele viestini luottamuksellisena: vain ${owner} saa lukea sen`,
  consent:
    'Olen lukenut, miten henkilötietojani käsitellään, ja hyväksyn, että niitä käytetään viestiini vastaamiseen.',
  privacyLink: 'Lue, miten käsittelemme henkilötietoja',
  newsletter: (owner) => `Haluan sähköpostiini uutisia organisaatiolta ${owner}`,
  honeypot: 'Jätä tämä kenttä tyhjäksi',
  send: 'Lähetä',
  sending: 'Lähetetään…',
  draftKept: 'Kirjoittamasi teksti säilyy tässä selaimessa, kunnes lähetät sen.',
  sendFailed: 'Viestin lähetys ei onnistunut. Kirjoittamasi teksti on tallessa: yritä uudelleen.',
  sendOffline:
    'Verkkoyhteys katkesi. Kirjoittamasi teksti on tallessa: yritä uudelleen, kun yhteys toimii.',
  requiredNote: 'Täytä kaikki kentät, joissa ei lue vapaaehtoinen.',
  optional: 'vapaaehtoinen',
  forwarding:
    'Viestin saa jakaa muille julkisille toimijoille ja klustereille, jotka voivat auttaa',
  unknownOrgForm: (org) =>
    `Lomakkeen vastaanottajaksi on asetettu organisaatio, jota ei ole olemassa (${org}), joten lomakkeella ei voi lähettää mitään.`,
};

/** The form's strings once it is sent, in Finnish. */
export const sent: SentMessages = {
  errorsHeading: (n) => (n === 1 ? 'Korjaa 1 virhe' : `Korjaa ${n} virhettä`),
  errors: {
    kind: 'Valitse, mitä haluat lähettää',
    title: 'Kirjoita vähintään 3 merkin otsikko',
    description: 'Kuvaile ideasi vähintään 10 merkillä',
    'company.name': 'Anna yrityksen nimi',
    'company.country': 'Valitse maa',
    'company.size': 'Valitse yrityksen koko',
    'company.website': 'Anna verkko-osoite, kuten https://example.com',
    'contact.name': 'Anna nimesi',
    'contact.email': 'Anna sähköpostiosoite, kuten nimi@example.com',
    'contact.phone': 'Käytä vain numeroita, välilyöntejä ja merkkejä + ( ) -',
    'consent.privacy': 'Vahvista, että olet lukenut tietosuojaselosteen',
  },
  forbidden: 'Tältä sivustolta ei voi lähettää viestejä.',
  kept: 'Kirjoittamasi teksti on tallessa selaimessa.',
  rateLimited: (s) =>
    `Viestejä on tullut lyhyessä ajassa paljon. Yritä uudelleen ${s} sekunnin kuluttua.`,
  thanks: 'Kiitos! Olemme saaneet viestisi',
  reference: 'Viitetunnuksesi',
  nextSteps: (owner) => `${owner} lukee kaikki viestit ja vastaa antamaasi sähköpostiosoitteeseen.`,
  sendAnother: 'Lähetä uusi viesti',
  originRefused: (owner) => `Tältä sivustolta ei voi lähettää viestejä vastaanottajalle ${owner}.`,
  viaRefused: (via) => `Tältä sivustolta ei voi lähettää viestejä organisaation ${via} puolesta.`,
  nextHeading: 'Mitä seuraavaksi tapahtuu',
  quoteReference: 'Mainitse viitetunnus, jos otat meihin uudelleen yhteyttä.',
};

/** The story feed's own UI strings, in Finnish. */
export const feed: FeedMessages = {
  feedLabel: 'Tarinat',
  noStories: 'Tarinoita ei vielä ole.',
  storiesError: 'Tarinoiden haku ei onnistunut.',
  readStory: 'Lue tarina',
  backToStories: 'Takaisin kaikkiin tarinoihin',
  subscribe: 'Tilaa',
  rss: 'RSS',
  atom: 'Atom',
  jsonFeed: 'JSON-syöte',
  storyChallenges: 'Haasteet, joista tarina kertoo',
};

// Ready for the elements as soon as this module runs (see `loaded` in ./index.ts).
const catalogues = globalThis as Record<symbol, Record<string, object> | undefined>;
(catalogues[Symbol.for(`${new URL('.', import.meta.url)}`)] ??= {}).fi = {
  common,
  board,
  detail,
  form,
  sent,
  feed,
};
