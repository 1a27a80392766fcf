/**
 * Fjordvik's challenges (Norwegian Bokmål and English).
 */
import type { DemoChallenge } from './types.js';

export const fjordvikChallenges: DemoChallenge[] = [
  {
    id: 'fjordvik-utslippsfri-fjord-2035',
    orgId: 'fjordvik',
    status: 'open',
    title: {
      nb: 'Utslippsfri fjord – hvordan skal ferjene og havna våre se ut i 2035?',
      en: 'An emission-free fjord – what should our ferries and port look like in 2035?',
    },
    summary: {
      nb: 'Ferjene, hurtigbåtene og cruiseskipene står for over halvparten av klimagassutslippene i Fjordvik. Vi søker partnere som kan gjøre fjorden utslippsfri, fra energiforsyning på kaia til nye fartøy.',
      en: 'Ferries, fast boats and cruise ships account for more than half of the greenhouse gas emissions in Fjordvik. We are looking for partners who can make the fjord emission-free, from energy supply on the quay to new vessels.',
    },
    need: {
      nb: `Fjordvik er en øykommune der ferja er hovedveien. Fire ferjesamband og to hurtigbåtruter frakter 1,2 millioner passasjerer i året. Ferjene går i dag på diesel og biodiesel, og havna har ikke kapasitet til å lade batterielektriske fartøy.

- Strømnettet ute på øyene er svakt, og nettselskapet kan ikke love mer effekt før 2029.
- Om sommeren ligger cruiseskipene ved kaia midt i sentrum.
- Kontraktene for to av sambandene går ut i 2028.`,
      en: `Fjordvik is an island municipality where the ferry is the main road. Four ferry routes and two fast-boat routes carry 1.2 million passengers a year. The ferries run on diesel and biodiesel today, and the port lacks the capacity to charge battery-electric vessels.

- The grid out on the islands is weak, and the grid company cannot promise more capacity before 2029.
- In summer, cruise ships lie at the quay in the middle of the town centre.
- The contracts for two of the routes expire in 2028.`,
    },
    vision: {
      nb: `- Alle ferjer og hurtigbåter i kommunen går utslippsfritt.
- Havna leverer landstrøm til alle skip som ligger ved kai, også cruiseskipene.
- Energien kommer fra lokal fornybar produksjon og lagres der den trengs.`,
      en: `- Every ferry and fast boat in the municipality runs emission-free.
- The port supplies shore power to every ship at the quay, cruise ships included.
- The energy comes from local renewable generation and is stored where it is needed.`,
    },
    horizonYear: 2035,
    opportunity: {
      nb: `Vi ønsker å inngå et **innovasjonspartnerskap** med én eller flere leverandører som sammen kan levere

- lade- og energilagringsløsninger som fungerer på et svakt nett,
- nye fartøy eller ombygging av eksisterende ferjer,
- styring av energi og trafikk på tvers av sambandene.

Kommunen stiller med kaiareal som testområde, driftsdata fra sambandene og et tett samarbeid med fylkeskommunen. Vi ønsker særlig konsortier med erfaring fra havvind og maritim batteriteknologi.`,
      en: `We want to enter an **innovation partnership** with one or more suppliers who together can deliver

- charging and storage solutions that work on a weak grid,
- new vessels or conversion of existing ferries,
- energy and traffic management across the routes.

The municipality offers quay space as a test area, operating data from the routes and close cooperation with the county. We would especially welcome consortia with experience of offshore wind and maritime battery technology.`,
    },
    offers: ['testbed', 'data', 'pilot', 'procurement'],
    themes: ['maritime', 'energy', 'climate', 'mobility'],
    sdgs: [7, 13, 14],
    procurementRoute: 'innovation-partnership',
    budget: { min: 40_000_000, max: 120_000_000, currency: 'NOK' },
    deadline: '2027-04-15',
    location: { name: 'Fjordvik havn', lat: 60.617, lon: 5.433 },
    region: 'NO0A2',
    cpvCodes: ['34512000-9', '63721000-4', '31682000-0'],
    contact: {
      name: 'Torbjørn Haugland',
      role: 'Havnesjef',
      email: 'torbjorn.haugland@fjordvik.example',
    },
    links: [
      {
        url: 'https://www.fjordvik.example/utslippsfri-fjord',
        title: { nb: 'Klimaplan for Fjordvik 2025–2035', en: 'Fjordvik climate plan 2025–2035' },
      },
    ],
  },
  {
    id: 'fjordvik-gode-netter-pa-sykehjemmet',
    orgId: 'fjordvik',
    status: 'in-dialogue',
    title: {
      nb: 'Gode netter på sykehjemmet – trygghet uten unødvendige forstyrrelser',
      en: 'Good nights in the nursing home – safety without needless disturbance',
    },
    summary: {
      nb: 'Nattevaktene på sykehjemmene går runder som vekker beboerne, men oppdager likevel ikke alle fall. Vi er i dialog med leverandører om hvordan teknologi kan gi både ro og trygghet.',
      en: 'Night staff in our nursing homes make rounds that wake the residents, yet still miss falls. We are in dialogue with suppliers on how technology can bring both rest and safety.',
    },
    need: {
      nb: `Fjordvik har tre sykehjem med til sammen 140 plasser. Om natta er det to ansatte per avdeling. Hver beboer får tilsyn annenhver time, og mange våkner av at døra åpnes. Likevel skjer de fleste fallene om natta, og ofte går det lang tid før noen oppdager dem.

På sykehjemmet på Holmen har de ansatte selv foreslått å prøve sensorer, men vi vet ikke hvilke løsninger som ivaretar personvernet og fungerer sammen med journalsystemet.`,
      en: `Fjordvik has three nursing homes with 140 places in all. At night there are two staff per ward. Each resident is checked every other hour, and many wake when the door opens. Even so, most falls happen at night, and it often takes a long time before anyone notices.

At the Holmen nursing home the staff have themselves proposed trying sensors, but we do not know which solutions protect privacy and work with the patient record system.`,
    },
    vision: {
      nb: `- Beboerne sover hele natta uten unødvendige tilsyn.
- Fall oppdages innen to minutter.
- Nattevaktene bruker tiden på beboerne som trenger dem, ikke på runder.`,
      en: `- Residents sleep through the night without needless checks.
- Falls are detected within two minutes.
- Night staff spend their time with the residents who need them, not on rounds.`,
    },
    horizonYear: 2030,
    opportunity: {
      nb: `Vi har gjennomført en markedsdialog med 14 leverandører og skal nå prøve ut to til tre løsninger på sykehjemmet på Holmen:

- sensorer som oppdager fall og uro uten kamera,
- integrasjon med pasientjournalen og pasientvarslingsanlegget,
- opplæring og nye arbeidsrutiner for nattevaktene.

Leverandører som vil være med i utprøvingen, kan melde interesse gjennom Næringsinngangen.`,
      en: `We have held a market dialogue with 14 suppliers and will now trial two or three solutions at the Holmen nursing home:

- sensors that detect falls and restlessness without cameras,
- integration with the patient record and the nurse call system,
- training and new routines for night staff.

Suppliers who want to take part in the trial can register their interest through our business entry point.`,
    },
    offers: ['testbed', 'pilot', 'expertise'],
    themes: ['health', 'social-care', 'digitalisation'],
    sdgs: [3, 8],
    procurementRoute: 'market-dialogue',
    budget: { max: 4_000_000, currency: 'NOK' },
    deadline: '2027-01-29',
    location: { name: 'Holmen sykehjem', lat: 60.622, lon: 5.441 },
    region: 'NO0A2',
    cpvCodes: ['33195000-3', '85144000-0', '48814000-7'],
    contact: {
      name: 'Randi Kvamme',
      role: 'Virksomhetsleder, Holmen sykehjem',
      email: 'randi.kvamme@fjordvik.example',
    },
    links: [
      {
        url: 'https://www.fjordvik.example/velferdsteknologi',
        title: { nb: 'Velferdsteknologi i Fjordvik', en: 'Welfare technology in Fjordvik' },
      },
    ],
  },
  {
    id: 'fjordvik-nar-regnet-kommer',
    orgId: 'fjordvik',
    status: 'open',
    title: {
      nb: 'Når regnet kommer – klimatilpasning og overvann i sentrum',
      en: 'When the rain comes – climate adaptation and stormwater in the town centre',
    },
    summary: {
      nb: 'Kraftigere styrtregn oversvømmer kjellere og gater i sentrum. Vi søker løsninger som tar vare på regnvannet der det faller, og som samtidig gjør byen grønnere.',
      en: 'Heavier cloudbursts flood cellars and streets in the town centre. We are looking for solutions that deal with rainwater where it falls, and make the town greener at the same time.',
    },
    need: {
      nb: `Nedbøren på Vestlandet har økt med nesten en femtedel de siste hundre årene, og styrtregnene blir kraftigere. I 2024 og 2025 ble 60 kjellere i sentrum oversvømt, og avløpsnettet fra 1960-tallet går over når det regner mer enn 20 millimeter i timen.

Å legge større rør under gatene er dyrt, tar tiår og løser ikke problemet alene.`,
      en: `Rainfall in western Norway has risen by almost a fifth over the past hundred years, and cloudbursts are getting heavier. In 2024 and 2025, 60 cellars in the centre were flooded, and the 1960s sewer network overflows when more than 20 millimetres of rain fall in an hour.

Laying bigger pipes under the streets is expensive, takes decades and does not solve the problem on its own.`,
    },
    vision: {
      nb: `- Sentrum tåler et hundreårsregn uten skader på bygninger.
- Halvparten av regnvannet i sentrum håndteres åpent og lokalt: i regnbed, på grønne tak og i trygge flomveier.
- Gatene er grønnere og kjøligere om sommeren.`,
      en: `- The centre withstands a hundred-year rainfall without damage to buildings.
- Half of the rainwater in the centre is handled openly and locally: in rain gardens, on green roofs and along safe flood paths.
- The streets are greener and cooler in summer.`,
    },
    horizonYear: 2040,
    opportunity: {
      nb: `Vi gjennomfører en **førkommersiell anskaffelse** i tre faser for å utvikle

1. sanntidsvarsling av styrtregn og styring av avløpsnettet,
2. løsninger for å fordrøye vann i tette bygater,
3. modeller som viser nytten av grønne tiltak for hver eiendom.

Kommunen stiller med data fra 40 målepunkter i avløpsnettet og to gater som testområde. Små og mellomstore bedrifter kan gjerne gå sammen om et tilbud.`,
      en: `We are running a **pre-commercial procurement** in three phases to develop

1. real-time cloudburst warnings and control of the sewer network,
2. ways of detaining water in dense town streets,
3. models that show the benefit of green measures for each property.

The municipality offers data from 40 measuring points in the sewer network and two streets as a test area. Small and medium-sized companies are welcome to bid together.`,
    },
    offers: ['testbed', 'data', 'procurement', 'funding'],
    themes: ['water', 'climate', 'built-environment'],
    sdgs: [6, 11, 13],
    procurementRoute: 'pre-commercial-procurement',
    budget: { min: 6_000_000, max: 15_000_000, currency: 'NOK' },
    deadline: '2027-05-31',
    location: { name: 'Fjordvik sentrum', lat: 60.619, lon: 5.428 },
    region: 'NO0A2',
    cpvCodes: ['45232130-2', '71800000-6', '90733000-4'],
    contact: {
      name: 'Lars Eide',
      role: 'Fagleder, vann og avløp',
      email: 'lars.eide@fjordvik.example',
    },
    links: [
      {
        url: 'https://www.fjordvik.example/overvann',
        title: { nb: 'Overvannsplan for sentrum', en: 'Stormwater plan for the centre' },
      },
    ],
  },
  {
    id: 'fjordvik-ombruk-av-byggematerialer',
    orgId: 'fjordvik',
    status: 'closed',
    title: {
      nb: 'Ombruk av byggematerialer – fra riving til nye skoler',
      en: 'Reusing building materials – from demolition to new schools',
    },
    summary: {
      nb: 'Da den gamle ungdomsskolen skulle rives, ville vi bruke materialene på nytt. Markedsdialogen er avsluttet, og erfaringene brukes nå i alle nye byggeprosjekter i kommunen.',
      en: 'When the old lower secondary school was to be demolished, we wanted to reuse its materials. The market dialogue has ended, and what we learned now shapes every new building project in the municipality.',
    },
    need: {
      nb: `Bygg- og anleggsnæringen står for om lag en fjerdedel av avfallet i Norge. Kommunen river og bygger hvert år, men har manglet oversikt over hvilke materialer som kan brukes igjen, og hvem som kan ta imot dem.`,
      en: `Construction accounts for about a quarter of all waste in Norway. The municipality demolishes and builds every year, but has had no overview of which materials can be reused, or of who could take them.`,
    },
    vision: {
      nb: `- Minst 30 prosent av materialene i nye kommunale bygg er ombrukt.
- Alle bygg som skal rives, kartlegges for ombruk først.
- Det finnes et regionalt marked for brukte byggematerialer.`,
      en: `- At least 30 per cent of the materials in new municipal buildings are reused.
- Every building due for demolition is surveyed for reuse first.
- A regional market for used building materials exists.`,
    },
    horizonYear: 2030,
    opportunity: {
      nb: `Markedsdialogen samlet 23 bedrifter: riveentreprenører, arkitekter, produsenter og digitale markedsplasser. Utfordringen er avsluttet uten egen anskaffelse, fordi kravene nå er bygd inn i kommunens vanlige byggekontrakter. Leverandører kan fortsatt melde seg til framtidige konkurranser.`,
      en: `The market dialogue brought together 23 companies: demolition contractors, architects, manufacturers and online marketplaces. The challenge has closed without a procurement of its own, because its requirements are now built into the municipality's ordinary building contracts. Suppliers can still register for future tenders.`,
    },
    offers: ['expertise', 'data'],
    themes: ['circular-economy', 'built-environment', 'industry'],
    sdgs: [9, 11, 12],
    procurementRoute: 'market-dialogue',
    deadline: '2026-04-30',
    location: { name: 'Gamle Fjordvik ungdomsskole', lat: 60.615, lon: 5.42 },
    region: 'NO0A2',
    cpvCodes: ['45111100-9', '44100000-1', '90500000-2'],
    contact: {
      name: 'Siri Nygaard',
      role: 'Prosjektleder, kommunal eiendom',
      email: 'siri.nygaard@fjordvik.example',
    },
    links: [
      {
        url: 'https://www.fjordvik.example/ombruk',
        title: { nb: 'Rapport fra markedsdialogen', en: 'Report from the market dialogue' },
      },
    ],
  },
  {
    id: 'fjordvik-baerekraftig-reiseliv',
    orgId: 'fjordvik',
    status: 'closed',
    title: {
      nb: 'Bærekraftig reiseliv – flere gjester, mindre trengsel',
      en: 'Sustainable tourism – more guests, less crowding',
    },
    summary: {
      nb: 'Hver sommer kommer 300 000 cruiseturister til en by med 14 000 innbyggere. Vi spurte markedet hvordan vi kan spre de besøkende i tid og rom. Dialogen er avsluttet og ble grunnlaget for en ny besøksstrategi.',
      en: 'Every summer 300,000 cruise passengers visit a town of 14,000 people. We asked the market how to spread visitors in time and space. The dialogue has ended and became the basis of a new visitor strategy.',
    },
    need: {
      nb: `På de travleste dagene går fire cruiseskip inn fjorden samtidig, og 12 000 gjester går i land i et sentrum bygd for langt færre. Fortauene blir fulle, bussene til utsiktspunktet er overfylte, og innbyggerne opplever at byen ikke lenger er deres. Samtidig er reiselivet en av de viktigste næringene i kommunen.`,
      en: `On the busiest days four cruise ships sail up the fjord at once, and 12,000 guests go ashore in a centre built for far fewer. Pavements fill up, the buses to the viewpoint are packed, and residents feel that the town is no longer theirs. Yet tourism is one of the municipality's most important industries.`,
    },
    vision: {
      nb: `- Gjestene fordeler seg over hele sesongen og hele kommunen.
- Innbyggerne er fornøyde med reiselivet, målt i en årlig undersøkelse.
- Fjordvik er sertifisert som bærekraftig reisemål.`,
      en: `- Guests spread out over the whole season and the whole municipality.
- Residents are content with tourism, as measured in a yearly survey.
- Fjordvik is certified as a sustainable destination.`,
    },
    horizonYear: 2030,
    opportunity: {
      nb: `Markedsdialogen ga 17 innspill, blant annet om anonym telling av besøkende, dynamisk prising av utflukter og digitale guider som leder gjester til mindre kjente steder og lokale kulturtilbud. Innspillene er tatt inn i en ny besøksstrategi, og konkrete anskaffelser kunngjøres som egne utfordringer.`,
      en: `The market dialogue produced 17 proposals, among them anonymous visitor counting, dynamic pricing of excursions and digital guides that lead guests to lesser-known places and local culture. The proposals have gone into a new visitor strategy, and concrete procurements will be announced as challenges of their own.`,
    },
    offers: ['data', 'expertise'],
    themes: ['tourism', 'mobility', 'digitalisation', 'culture'],
    sdgs: [8, 11, 12],
    procurementRoute: 'market-dialogue',
    deadline: '2026-06-15',
    location: { name: 'Fjordvik cruisekai', lat: 60.618, lon: 5.437 },
    region: 'NO0A2',
    cpvCodes: ['72316000-3', '79342000-3', '63513000-8'],
    contact: {
      name: 'Eirik Bø',
      role: 'Reiselivsrådgiver',
      email: 'eirik.bo@fjordvik.example',
    },
    links: [
      {
        url: 'https://www.fjordvik.example/besoksstrategi',
        title: { nb: 'Besøksstrategi 2026–2030', en: 'Visitor strategy 2026–2030' },
      },
    ],
  },
];
