/**
 * Norrhamn's challenges (Swedish and English). Each is written as a need, a
 * vision with a horizon year and a business opportunity, not as a
 * specification.
 */
import type { DemoChallenge } from './types.js';

const NORRHAMN = { lat: 63.712, lon: 20.355 };

export const norrhamnChallenges: DemoChallenge[] = [
  {
    id: 'norrhamn-hallbar-kollektivtrafik-2035',
    orgId: 'norrhamn',
    status: 'open',
    title: {
      sv: 'Hållbar kollektivtrafik – var vill vi vara 2035?',
      en: 'Sustainable public transport – where do we want to be in 2035?',
    },
    summary: {
      sv: 'Kollektivtrafiken i Norrhamn ska vara fossilfri, pålitlig i trettio minusgrader och det självklara valet även i ytterområdena. Vi söker företag och kluster som kan hjälpa oss dit – inte en viss busstyp.',
      en: 'Public transport in Norrhamn should be fossil-free, reliable at minus thirty and the obvious choice in the outer districts too. We are looking for companies and clusters that can help us get there – not for a particular type of bus.',
    },
    need: {
      sv: `I dag görs 18 procent av resorna i Norrhamn med kollektivtrafiken, men nästan hälften av invånarna i ytterområdena säger att bussarna inte går när de behöver dem. Vintern är den stora utmaningen:

- batterierna tappar räckvidd när det är –25 °C,
- hållplatserna är mörka och isiga,
- förseningar sprider sig i hela linjenätet när en buss fastnar i en backe.

Vi vet inte om svaret är fler bussar, andra fordon, ny laddinfrastruktur eller ett helt annat sätt att planera trafiken. Därför beskriver vi behovet, inte lösningen.`,
      en: `Today 18 per cent of journeys in Norrhamn are made by public transport, but almost half of the residents of the outer districts say the buses do not run when they need them. Winter is the big challenge:

- batteries lose range at –25 °C,
- stops are dark and icy,
- delays spread across the whole network when one bus gets stuck on a hill.

We do not know whether the answer is more buses, other vehicles, new charging infrastructure or an entirely different way of planning services. That is why we describe the need, not the solution.`,
    },
    vision: {
      sv: `- Kollektivtrafiken är fossilfri och klarar hela vintern utan inställda turer.
- Varannan arbetsresa till centrala Norrhamn görs med buss, cykel eller till fots.
- Ingen invånare har mer än tio minuter till en upplyst och uppvärmd hållplats – eller till en anropsstyrd resa.
- Restiden mellan ytterområdena och sjukhuset har halverats.`,
      en: `- Public transport is fossil-free and runs all winter without cancellations.
- Every other commute into central Norrhamn is made by bus, by bike or on foot.
- No resident is more than ten minutes from a lit, heated stop – or from a demand-responsive ride.
- Travel time between the outer districts and the hospital has been halved.`,
    },
    horizonYear: 2035,
    opportunity: {
      sv: `Vi söker partner som kan leverera en del av helheten, eller som vill bygga den tillsammans med andra:

- **fordon och energi** – fordon, laddning och energilager som tål arktiskt klimat;
- **planering och data** – trafikplanering utifrån verkliga resmönster (GTFS, NeTEx);
- **resenärens upplevelse** – trygga hållplatser, information och biljetter.

Kommunen erbjuder testbädd på linje 4 och 7, öppna trafikdata och ett innovationspartnerskap på 8–25 miljoner kronor. Konsortier med ett kluster i ryggen är särskilt välkomna.`,
      en: `We are looking for partners who can deliver one part of the whole, or who want to build it together with others:

- **vehicles and energy** – vehicles, charging and storage that stand an Arctic climate;
- **planning and data** – service planning from real travel patterns (GTFS, NeTEx);
- **the passenger's experience** – safe stops, information and ticketing.

The city offers a testbed on routes 4 and 7, open transport data and an innovation partnership worth SEK 8–25 million. Consortia backed by a cluster are especially welcome.`,
    },
    offers: ['testbed', 'data', 'pilot', 'procurement'],
    themes: ['mobility', 'climate', 'energy'],
    sdgs: [7, 11, 13],
    procurementRoute: 'innovation-partnership',
    budget: { min: 8_000_000, max: 25_000_000, currency: 'SEK' },
    deadline: '2027-03-31',
    location: { name: 'Norrhamn, linjenätet', ...NORRHAMN },
    region: 'SE331',
    cpvCodes: ['60112000-6', '34144910-0', '48000000-8'],
    contact: {
      name: 'Erik Lindgren',
      role: 'Trafikstrateg',
      email: 'erik.lindgren@norrhamn.example',
    },
    links: [
      {
        url: 'https://www.norrhamn.example/trafikplan-2035',
        title: { sv: 'Trafikplan 2035', en: 'Transport plan 2035' },
      },
      {
        url: 'https://data.norrhamn.example/kollektivtrafik',
        title: { sv: 'Öppna trafikdata (GTFS)', en: 'Open transport data (GTFS)' },
      },
    ],
  },
  {
    id: 'norrhamn-ga-och-cykla-hela-vintern',
    orgId: 'norrhamn',
    status: 'in-dialogue',
    title: {
      sv: 'Gå och cykla året runt – trygga stråk i vinterstaden',
      en: 'Walking and cycling all year round – safe paths in a winter city',
    },
    summary: {
      sv: 'Halkolyckorna på gångbanorna kostar mer än hela snöröjningen av dem. Vi för dialog med företag om hur trottoarerna och cykelvägarna kan hållas säkra från november till april.',
      en: 'Slip-and-fall accidents on the pavements cost more than clearing them of snow. We are in dialogue with companies on how to keep pavements and cycle paths safe from November to April.',
    },
    need: {
      sv: `Varje vinter skadar sig omkring 400 fotgängare i Norrhamn i fallolyckor, de flesta över 65 år. Vårdens kostnader för halkolyckorna är större än hela budgeten för vinterväghållningen av gång- och cykelvägarna. Samtidigt halveras cyklandet när snön kommer, trots att många säger att de vill fortsätta cykla.

Vi behöver veta **var och när** det blir halt – innan någon faller – och hitta metoder som fungerar på våra smala gator utan att salta sönder träden och vattendragen.`,
      en: `Every winter about 400 pedestrians in Norrhamn are injured in falls, most of them over 65. The cost to healthcare of these falls is larger than the whole winter maintenance budget for walking and cycling paths. Meanwhile cycling halves when the snow arrives, although many say they want to keep cycling.

We need to know **where and when** paths turn icy – before someone falls – and find methods that work on our narrow streets without salting our trees and streams to death.`,
    },
    vision: {
      sv: `- Fallolyckorna vintertid har halverats jämfört med 2025.
- Vintercyklingen på huvudstråken är minst 60 procent av sommarcyklingen.
- Invånarna kan se i mobilen var det är plogat och sandat, i realtid.`,
      en: `- Winter falls have been halved compared with 2025.
- Winter cycling on the main routes is at least 60 per cent of summer cycling.
- Residents can see on their phones where paths have been ploughed and gritted, in real time.`,
    },
    horizonYear: 2030,
    opportunity: {
      sv: `Vi har hållit två dialogmöten med ett tjugotal företag. Nu bjuder vi in fler till nästa steg:

- sensorer och prognoser för halka på gång- och cykelvägar,
- nya metoder och maskiner för snöröjning på smala stråk,
- tjänster som visar invånarna var det är säkert att gå.

Kommunen erbjuder en teststräcka på 12 kilometer, data från vinterväghållningen och möjlighet till förkommersiell upphandling 2027.`,
      en: `We have held two dialogue meetings with some twenty companies. Now we invite more to the next step:

- sensors and forecasts for ice on walking and cycling paths,
- new methods and machines for clearing narrow routes,
- services that show residents where it is safe to walk.

The city offers a 12-kilometre test route, data from its winter maintenance and the prospect of a pre-commercial procurement in 2027.`,
    },
    offers: ['testbed', 'data', 'expertise'],
    themes: ['mobility', 'safety', 'health', 'climate'],
    sdgs: [3, 11],
    procurementRoute: 'market-dialogue',
    budget: { max: 3_500_000, currency: 'SEK' },
    deadline: '2027-02-15',
    location: { name: 'Norrhamn centrum', lat: 63.709, lon: 20.351 },
    region: 'SE331',
    cpvCodes: ['90620000-9', '90630000-2', '38120000-2'],
    contact: {
      name: 'Sofia Nyberg',
      role: 'Projektledare, gatuenheten',
      email: 'sofia.nyberg@norrhamn.example',
    },
    links: [
      {
        url: 'https://www.norrhamn.example/vinterstaden',
        title: { sv: 'Dialogmöte 2: sammanfattning', en: 'Dialogue meeting 2: summary' },
      },
    ],
  },
  {
    id: 'norrhamn-hamnen-som-energinod',
    orgId: 'norrhamn',
    status: 'procurement',
    title: {
      sv: 'En hamn som ger energi – fossilfri drift och landström i Norrhamns hamn',
      en: 'A port that gives energy back – fossil-free operation and shore power in Norrhamn harbour',
    },
    summary: {
      sv: 'Fartygen kör dieselgeneratorer vid kaj och värmen från kylanläggningarna släpps rakt ut i luften. En förkommersiell upphandling pågår för att göra hamnen till en energinod.',
      en: 'Ships run diesel generators at the quay and the heat from the cold stores goes straight into the air. A pre-commercial procurement is under way to turn the port into an energy hub.',
    },
    need: {
      sv: `Hamnen tar emot 900 anlöp om året. Vid kaj går fartygens hjälpmotorer på diesel, vilket ger buller och utsläpp nära bostäderna vid Östra kajen. Elnätet i hamnen klarar inte effektbehovet för landström, och spillvärmen från fiskindustrins kylanläggningar tas inte till vara.`,
      en: `The port receives 900 calls a year. At the quay, ships' auxiliary engines run on diesel, causing noise and emissions close to the homes along the East Quay. The port's grid cannot carry the load shore power needs, and the waste heat from the fish industry's cold stores is lost.`,
    },
    vision: {
      sv: `- Alla fartyg som ligger mer än två timmar vid kaj får el från land.
- Hamnen är en energinod: den lagrar el, levererar spillvärme till fjärrvärmenätet och laddar arbetsfordonen.
- Bullret vid Östra kajen ligger under 45 dB nattetid.`,
      en: `- Every ship at the quay for more than two hours takes power from shore.
- The port is an energy hub: it stores electricity, feeds waste heat into the district heating network and charges its work vehicles.
- Night-time noise at the East Quay stays below 45 dB.`,
    },
    horizonYear: 2032,
    opportunity: {
      sv: `Upphandlingen är en **förkommersiell upphandling i tre faser** (koncept, prototyp, test i drift). Den omfattar

1. landström och effektstyrning för fartyg med olika spänningar,
2. energilager och smart styrning av hamnens effekttoppar,
3. värmeåtervinning från kylanläggningarna.

Anbudstiden för fas 1 har gått ut och fyra konsortier arbetar med koncept. Underleverantörer till konsortierna kan fortfarande höra av sig till oss.`,
      en: `This is a **pre-commercial procurement in three phases** (concept, prototype, test in operation). It covers

1. shore power and load management for ships with different voltages,
2. energy storage and smart control of the port's peak loads,
3. heat recovery from the cold stores.

The tender period for phase 1 has closed and four consortia are working on concepts. Subcontractors to the consortia are still welcome to contact us.`,
    },
    offers: ['testbed', 'procurement', 'funding', 'data'],
    themes: ['energy', 'maritime', 'climate', 'industry'],
    sdgs: [7, 9, 13, 14],
    procurementRoute: 'pre-commercial-procurement',
    budget: { min: 12_000_000, max: 30_000_000, currency: 'SEK' },
    deadline: '2027-06-30',
    location: { name: 'Norrhamns hamn, Östra kajen', lat: 63.7, lon: 20.395 },
    region: 'SE331',
    cpvCodes: ['09310000-5', '31682000-0', '71314000-2'],
    ocid: 'ocds-nrrhmn-2026-0031',
    contact: {
      name: 'Anders Holm',
      role: 'Hamnchef',
      email: 'anders.holm@norrhamn.example',
    },
    links: [
      {
        url: 'https://upphandling.norrhamn.example/2026-0031',
        title: { sv: 'Upphandlingsdokument', en: 'Procurement documents' },
      },
    ],
  },
  {
    id: 'norrhamn-mindre-matsvinn-i-skolan',
    orgId: 'norrhamn',
    status: 'solved',
    title: {
      sv: 'Mindre matsvinn i skolmåltiderna – utan att någon går hungrig',
      en: 'Less food waste in school meals – without anyone going hungry',
    },
    summary: {
      sv: 'Skolköken slängde en fjärdedel av maten. Tillsammans med två lokala företag har vi halverat svinnet i alla 22 kök. Utmaningen är löst – läs berättelsen om hur.',
      en: 'School kitchens threw away a quarter of the food. Together with two local companies we have halved waste in all 22 kitchens. The challenge is solved – read the story of how.',
    },
    need: {
      sv: `Skolköken i Norrhamn lagar 9 000 luncher om dagen. År 2023 kastades 24 procent av maten, samtidigt som en del elever inte åt alls. Kockarna saknade underlag: hur många äter i dag, och vad blir kvar?`,
      en: `Norrhamn's school kitchens cook 9,000 lunches a day. In 2023, 24 per cent of the food was thrown away while some pupils did not eat at all. The cooks lacked the numbers: how many will eat today, and what is left over?`,
    },
    vision: {
      sv: `- Matsvinnet i skolmåltiderna är under 10 procent.
- Varje kök planerar efter prognoser, inte efter magkänsla.
- Eleverna är med och bestämmer menyn, och fler äter lunch.`,
      en: `- Food waste in school meals is below 10 per cent.
- Every kitchen plans from forecasts, not from gut feeling.
- Pupils help decide the menu, and more of them eat lunch.`,
    },
    horizonYear: 2030,
    opportunity: {
      sv: `Utmaningen löstes genom en **testbädd** i fyra skolor 2025 och spreds sedan till alla kök. Leverantörerna – en tjänst för att väga och registrera svinnet och en prognostjänst – är kvar som partner. Vi delar gärna erfarenheterna med andra kommuner som vill göra samma resa.`,
      en: `The challenge was solved through a **testbed** in four schools in 2025, then rolled out to every kitchen. The suppliers – a service for weighing and logging waste and a forecasting service – remain our partners. We are glad to share what we learned with other municipalities that want to make the same journey.`,
    },
    offers: ['testbed', 'data', 'pilot'],
    themes: ['food', 'circular-economy', 'education', 'climate'],
    sdgs: [2, 4, 12],
    procurementRoute: 'testbed',
    budget: { max: 1_200_000, currency: 'SEK' },
    deadline: '2026-01-30',
    location: { name: 'Norrhamns skolor', lat: 63.716, lon: 20.34 },
    region: 'SE331',
    cpvCodes: ['55524000-9', '90500000-2', '48000000-8'],
    contact: {
      name: 'Maria Jonsson',
      role: 'Kostchef',
      email: 'maria.jonsson@norrhamn.example',
    },
    links: [],
  },
  {
    id: 'norrhamn-trygg-hemma',
    orgId: 'norrhamn',
    status: 'draft',
    title: {
      sv: 'Trygg hemma – äldre som vill bo kvar i sitt hem längre',
      en: 'Safe at home – older people who want to stay in their own homes for longer',
    },
    summary: {
      sv: 'Antalet invånare över 80 år fördubblas till 2040. Vi förbereder en utmaning om hur hemtjänsten och digital teknik kan ge trygghet dygnet runt. Utkast – publiceras under våren 2027.',
      en: 'The number of residents over 80 will double by 2040. We are preparing a challenge on how home care and digital technology can give security around the clock. Draft – to be published in spring 2027.',
    },
    need: {
      sv: `I dag får 1 100 personer hemtjänst i Norrhamn, och personalen gör i snitt fjorton besök per pass. Många är tillsynsbesök nattetid som väcker den äldre i onödan. Samtidigt är det svårt att rekrytera till hemtjänsten i ytterområdena, där avstånden är långa.`,
      en: `Today 1,100 people receive home care in Norrhamn, and staff make an average of fourteen visits per shift. Many are night-time checks that wake the person needlessly. At the same time, it is hard to recruit home-care staff in the outer districts, where distances are long.`,
    },
    vision: {
      sv: `- Den som vill kan bo kvar hemma, tryggt, så länge som möjligt.
- Nattens tillsyn sker på den äldres villkor: digitalt när det räcker, med ett besök när det behövs.
- Personalen har tid för samtal, inte bara för körning.`,
      en: `- Anyone who wishes to can stay at home, safely, for as long as possible.
- Night checks happen on the older person's terms: digitally when that is enough, with a visit when it is needed.
- Staff have time to talk, not only to drive.`,
    },
    horizonYear: 2040,
    opportunity: {
      sv: `Vi planerar en marknadsdialog under våren 2027 om digital tillsyn, planering av hemtjänstens rutter och stöd till anhöriga. Företag som vill vara med och forma utmaningen är välkomna att höra av sig redan nu.`,
      en: `We are planning a market dialogue in spring 2027 on digital night checks, route planning for home care and support for relatives. Companies that want to help shape the challenge are welcome to get in touch now.`,
    },
    offers: ['pilot', 'expertise', 'data'],
    themes: ['social-care', 'health', 'digitalisation'],
    sdgs: [3, 10],
    procurementRoute: 'market-dialogue',
    budget: { min: 2_000_000, max: 6_000_000, currency: 'SEK' },
    deadline: '2027-09-30',
    location: { name: 'Norrhamns kommun', ...NORRHAMN },
    region: 'SE331',
    cpvCodes: ['85312000-9', '33195000-3', '72000000-5'],
    contact: {
      name: 'Karin Wallin',
      role: 'Utvecklingsledare, äldreomsorgen',
      email: 'karin.wallin@norrhamn.example',
    },
    links: [],
  },
];
