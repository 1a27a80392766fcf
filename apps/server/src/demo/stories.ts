/**
 * Demo stories: good examples told by the owners, linked to the challenges
 * and clusters they grew out of. Long because it is content (eight stories in
 * several languages), not logic.
 *
 * Images are PNGs served by the server itself from
 * `apps/server/public/demo-images/`, rendered from the SVG illustrations
 * beside them by `apps/server/scripts/render-demo-images.sh` (feed readers and
 * e-mail clients show raster images). The schema needs an absolute http(s)
 * URL, so they point at the default address; a seeder serving elsewhere can
 * rewrite them with {@link demoImageUrl}.
 */
import type { DemoStory } from './types.js';

/** Where the demo images are served when the server runs with its defaults. */
export const DEMO_IMAGE_BASE = 'http://127.0.0.1:8787/demo-images/';

/** The absolute URL of a demo image, at `base` (the server's root URL) or the default address. */
export function demoImageUrl(name: string, base?: string): string {
  return base ? new URL(`/demo-images/${name}`, base).href : DEMO_IMAGE_BASE + name;
}

export const demoStories: DemoStory[] = [
  {
    id: 'norrhamn-skolkoken-halverade-matsvinnet',
    orgId: 'norrhamn',
    title: {
      sv: 'Så halverade skolköken i Norrhamn matsvinnet',
      en: "How Norrhamn's school kitchens halved food waste",
    },
    summary: {
      sv: 'En våg, en prognos och elevernas egna röster. På ett år gick matsvinnet i Norrhamns 22 skolkök från 24 till 11 procent – och fler elever äter lunch.',
      en: "A scale, a forecast and the pupils' own voices. In one year, food waste in Norrhamn's 22 school kitchens fell from 24 to 11 per cent – and more pupils eat lunch.",
    },
    body: {
      sv: `## Från magkänsla till prognos

När Norrhamn beskrev utmaningen *Mindre matsvinn i skolmåltiderna* visste vi inte vad lösningen skulle vara. Vi visste bara att en fjärdedel av maten hamnade i soporna.

Två lokala företag svarade via kommunens ingång för företag: det ena väger och registrerar svinnet vid varje diskinlämning, det andra gör prognoser över hur många som äter utifrån schema, väder och meny.

### Det här gjorde skillnad

- **Kockarna fick siffror varje dag**, inte en rapport i slutet av terminen.
- **Prognosen lärde sig snabbt**: efter sex veckor träffade den rätt antal portioner inom fem procent.
- **Eleverna fick rösta om menyn**, och rätter som ingen åt försvann.

### Vad händer nu?

Alla 22 kök använder nu arbetssättet. Vi delar gärna med oss: läs [slutrapporten](https://www.norrhamn.example/matsvinn-rapport) eller hör av dig till kostenheten.`,
      en: `## From gut feeling to forecast

When Norrhamn described the challenge *Less food waste in school meals*, we did not know what the solution would be. We only knew that a quarter of the food ended up in the bin.

Two local companies answered through the city's business entry point: one weighs and logs waste at every tray return, the other forecasts how many will eat from the timetable, the weather and the menu.

### What made the difference

- **Cooks got numbers every day**, not a report at the end of term.
- **The forecast learned fast**: after six weeks it hit the number of portions within five per cent.
- **Pupils voted on the menu**, and dishes nobody ate disappeared.

### What happens next?

All 22 kitchens now work this way. We are happy to share: read the [final report](https://www.norrhamn.example/matsvinn-rapport) or contact the catering unit.`,
    },
    image: {
      url: demoImageUrl('school-lunch.png'),
      alt: {
        sv: 'Illustration: en skolbricka med soppa, bröd och sallad bredvid en våg som visar minskande svinn.',
        en: 'Illustration: a school tray with soup, bread and salad next to a scale showing falling waste.',
      },
    },
    themes: ['food', 'circular-economy', 'education'],
    challengeIds: ['norrhamn-mindre-matsvinn-i-skolan'],
    clusterIds: [],
    author: { name: 'Maria Jonsson', role: 'Kostchef, Norrhamns kommun' },
    publishedAt: '2026-03-12T09:00:00+01:00',
  },
  {
    id: 'norrhamn-klustret-som-oppnade-dorren',
    orgId: 'norrhamn',
    title: {
      sv: 'Klustret som öppnade dörren: 31 företag svarade om kollektivtrafiken 2035',
      en: 'The cluster that opened the door: 31 companies answered on public transport in 2035',
    },
    summary: {
      sv: 'Norrhamn skrev om sin utmaning från ”elbussar” till ”var vill vi vara 2035?”. Med Nordiska mobilitetsklustret som dörröppnare kom svar från fem länder.',
      en: 'Norrhamn rewrote its challenge from "electric buses" to "where do we want to be in 2035?". With the Nordic Mobility Cluster opening doors, answers came from five countries.',
    },
    body: {
      sv: `## En utmaning, inte en kravspecifikation

Det första utkastet hette *Upphandling av elbussar*. Efter en workshop med Nordiska mobilitetsklustret skrev vi om det till ett behov och en vision: kollektivtrafiken ska vara fossilfri och pålitlig även i trettio minusgrader – men vi bestämmer inte i förväg hur.

### Vad hände?

1. Klustret lade kommunens formulär för utmaningen på sin egen webbplats.
2. På sex veckor kom **31 svar**, varav 12 från företag som aldrig tidigare haft kontakt med kommunen.
3. Förslagen spänner från värmelagrande batterier till anropsstyrd trafik i ytterområdena.

> ”Vi fick svar från företag vi aldrig hade hittat själva”, säger trafikstrategen Erik Lindgren.

Läs mer om [utmaningen](https://www.norrhamn.example/trafikplan-2035) eller om [klustret](https://www.nordicmobility.example).`,
      en: `## A challenge, not a specification

The first draft was called *Procurement of electric buses*. After a workshop with the Nordic Mobility Cluster we rewrote it as a need and a vision: public transport should be fossil-free and reliable even at minus thirty – but we do not decide in advance how.

### What happened?

1. The cluster put the city's entry form for the challenge on its own website.
2. In six weeks **31 answers** arrived, 12 of them from companies that had never been in touch with the city before.
3. The proposals range from heat-storing batteries to demand-responsive transport in the outer districts.

> "We heard from companies we would never have found ourselves," says transport strategist Erik Lindgren.

Read more about [the challenge](https://www.norrhamn.example/trafikplan-2035) or [the cluster](https://www.nordicmobility.example).`,
    },
    image: {
      url: demoImageUrl('winter-bus.png'),
      alt: {
        sv: 'Illustration: en elbuss vid en upplyst hållplats en snöig vinterkväll.',
        en: 'Illustration: an electric bus at a lit stop on a snowy winter evening.',
      },
    },
    themes: ['mobility', 'climate'],
    challengeIds: ['norrhamn-hallbar-kollektivtrafik-2035'],
    clusterIds: ['nordic-mobility-cluster'],
    author: { name: 'Linnea Åkerholm', role: 'Chef för Innovationsslussen' },
    publishedAt: '2026-10-08T08:30:00+02:00',
  },
  {
    id: 'norrhamn-halkan-syns-innan-nagon-faller',
    orgId: 'norrhamn',
    title: {
      sv: 'Halkan syns innan någon faller – en vinter med sensorer på cykelvägarna',
      en: 'Seeing the ice before anyone falls – a winter of sensors on the cycle paths',
    },
    summary: {
      sv: 'Vintern 2025 satte tre företag ut sensorer längs 12 kilometer gång- och cykelväg. Nu vet gatuenheten var det blir halt – ofta flera timmar innan.',
      en: 'In winter 2025 three companies placed sensors along 12 kilometres of walking and cycling paths. Now the streets unit knows where ice will form – often hours in advance.',
    },
    body: {
      sv: `## Testbädden på Älvstråket

Inom utmaningen *Gå och cykla året runt* öppnade Norrhamn Älvstråket som testbädd. Tre företag fick sätta upp sina sensorer och prognosmodeller under en hel vinter.

### Lärdomar

- Yttemperaturen på marken säger mer än lufttemperaturen.
- Prognoser **tre timmar** fram räcker för att hinna sanda före morgonrusningen.
- Invånarna vill se kartan själva – därför bygger vi nu en öppen tjänst.

Nästa steg är en dialog om hur lösningarna kan upphandlas. Följ arbetet på [norrhamn.example/vinterstaden](https://www.norrhamn.example/vinterstaden).`,
      en: `## The testbed on the River Path

As part of the challenge *Walking and cycling all year round*, Norrhamn opened the River Path as a testbed. Three companies installed their sensors and forecasting models for a whole winter.

### Lessons

- The surface temperature of the ground tells more than the air temperature.
- Forecasts **three hours** ahead are enough to grit before the morning rush.
- Residents want to see the map themselves – so we are now building an open service.

The next step is a dialogue on how the solutions can be procured. Follow the work at [norrhamn.example/vinterstaden](https://www.norrhamn.example/vinterstaden).`,
    },
    image: {
      url: demoImageUrl('winter-path.png'),
      alt: {
        sv: 'Illustration: en cyklist på en plogad cykelväg med en liten sensor vid vägkanten.',
        en: 'Illustration: a cyclist on a cleared cycle path with a small sensor by the roadside.',
      },
    },
    themes: ['mobility', 'safety', 'climate'],
    challengeIds: ['norrhamn-ga-och-cykla-hela-vintern'],
    clusterIds: ['nordic-mobility-cluster'],
    author: { name: 'Sofia Nyberg', role: 'Projektledare, gatuenheten' },
    publishedAt: '2025-12-04T09:00:00+01:00',
  },
  {
    id: 'fjordvik-40-bedrifter-om-utslippsfri-fjord',
    orgId: 'fjordvik',
    title: {
      nb: '40 bedrifter møttes for å gjøre fjorden utslippsfri',
      en: 'Forty companies met to make the fjord emission-free',
    },
    summary: {
      nb: 'Blå energi-klyngen fylte kulturhuset i Fjordvik med verft, rederier og energiselskaper. Markedsdialogen ga kommunen et helt nytt bilde av hva som er mulig før 2035.',
      en: 'The Blue Energy Cluster filled the Fjordvik arts centre with shipyards, shipowners and energy companies. The market dialogue gave the municipality a whole new picture of what is possible before 2035.',
    },
    body: {
      nb: `## Fra ferjekontrakt til partnerskap

Før markedsdialogen trodde vi at løsningen var å kreve batteriferjer i neste kontrakt. Etter dagen i kulturhuset ser vi at det svake strømnettet er den egentlige flaskehalsen – og at flere av løsningene finnes hos bedrifter som aldri har levert til en kommune før.

### Det viktigste vi hørte

- **Energilagring på kaia** kan redusere behovet for nettutbygging med over halvparten.
- **Samarbeid på tvers av sambandene** gjør det mulig å dele ladere og reservefartøy.
- Leverandørene ønsker **lengre kontrakter** for å kunne investere.

Utfordringen er nå åpen for tilbud. Les [utfordringen](https://www.fjordvik.example/utslippsfri-fjord) eller ta kontakt med [Blå energi-klyngen](https://www.blueenergy.example).`,
      en: `## From a ferry contract to a partnership

Before the market dialogue we thought the answer was to require battery ferries in the next contract. After the day at the arts centre we can see that the weak grid is the real bottleneck – and that several of the solutions lie with companies that have never supplied a municipality before.

### The most important things we heard

- **Energy storage on the quay** can cut the need for grid upgrades by more than half.
- **Working across the routes** makes it possible to share chargers and reserve vessels.
- Suppliers want **longer contracts** so that they can invest.

The challenge is now open for proposals. Read [the challenge](https://www.fjordvik.example/utslippsfri-fjord) or contact the [Blue Energy Cluster](https://www.blueenergy.example).`,
    },
    image: {
      url: demoImageUrl('fjord-ferry.png'),
      alt: {
        nb: 'Illustrasjon: en elektrisk ferje ved kai foran bratte fjell, med en ladekabel fra kaia.',
        en: 'Illustration: an electric ferry at the quay in front of steep mountains, with a charging cable from the quay.',
      },
    },
    themes: ['maritime', 'energy', 'climate'],
    challengeIds: ['fjordvik-utslippsfri-fjord-2035'],
    clusterIds: ['blue-energy-cluster'],
    author: { name: 'Ingrid Solheim', role: 'Innovasjonssjef, Fjordvik kommune' },
    publishedAt: '2026-09-24T12:00:00+02:00',
  },
  {
    id: 'fjordvik-hva-vi-laerte-av-a-rive-en-skole',
    orgId: 'fjordvik',
    title: {
      nb: 'Hva vi lærte av å rive en skole',
      en: 'What we learned from taking a school apart',
    },
    summary: {
      nb: 'Fra den gamle ungdomsskolen ble 180 tonn materialer brukt på nytt – i en barnehage, i et klubbhus og i nye skolebenker. Slik ble ombruk en del av alle kommunens byggekontrakter.',
      en: 'From the old lower secondary school, 180 tonnes of materials were used again – in a kindergarten, a club house and new school benches. This is how reuse became part of all the municipality’s building contracts.',
    },
    body: {
      nb: `## Kartlegg først, riv etterpå

Før riveentreprenøren kom inn, gikk en arkitekt og en ombruksrådgiver gjennom hele skolen. De fant teglstein, massivtre, dører og lysarmaturer som kunne brukes igjen.

### Tre råd til andre kommuner

1. **Sett av tid.** Kartleggingen tar fire til seks uker og må inn i framdriftsplanen.
2. **Finn mottakerne tidlig.** Et materiale uten mottaker blir avfall likevel.
3. **Skriv kravene inn i kontraktene.** Det er der ombruk blir vanlig, ikke i prosjekter.

Rapporten fra markedsdialogen finner du [her](https://www.fjordvik.example/ombruk).`,
      en: `## Survey first, demolish afterwards

Before the demolition contractor moved in, an architect and a reuse adviser went through the whole school. They found bricks, solid timber, doors and light fittings that could be used again.

### Three pieces of advice for other municipalities

1. **Make time.** The survey takes four to six weeks and has to be in the schedule.
2. **Find the takers early.** A material without a taker becomes waste anyway.
3. **Write the requirements into the contracts.** That is where reuse becomes normal, not in projects.

You will find the report from the market dialogue [here](https://www.fjordvik.example/ombruk).`,
    },
    themes: ['circular-economy', 'built-environment'],
    challengeIds: ['fjordvik-ombruk-av-byggematerialer'],
    clusterIds: [],
    author: { name: 'Siri Nygaard', role: 'Prosjektleder, kommunal eiendom' },
    publishedAt: '2026-05-20T10:00:00+02:00',
  },
  {
    id: 'kustlanda-hukkalampo-lammittaa-6000-kotia',
    orgId: 'kustlanda',
    title: {
      fi: 'Hukkalämpö lämmittää nyt 6 000 kotia',
      sv: 'Spillvärmen värmer nu 6 000 hem',
      en: 'Waste heat now warms 6,000 homes',
    },
    summary: {
      fi: 'Metallitehdas, datakeskus ja elintarviketehdas lämmittävät nyt satamakaupungin koteja. Innovaatiokumppanuus osoitti, että teollisuuden hukkalämpö on alueen edullisin lämmönlähde.',
      sv: 'Ett metallverk, ett datacenter och en livsmedelsfabrik värmer nu hemmen i hamnstaden. Innovationspartnerskapet visade att industrins spillvärme är regionens billigaste värmekälla.',
      en: 'A metal works, a data centre and a food factory now heat the homes of the port town. The innovation partnership showed that industrial waste heat is the cheapest heat source in the region.',
    },
    body: {
      fi: `## Kolme lähdettä, yksi verkko

Kun Kustlandan liitto julkaisi haasteen *Teollisuuden hukkalämpö kaukolämmöksi*, moni piti ajatusta liian monimutkaisena: kolme yritystä, kolme erilaista lämpötilaa ja yksi kaukolämpöverkko.

### Mitä saavutettiin

- **Noin 70 GWh** hukkalämpöä vuodessa päätyy nyt koteihin.
- Kaukolämmön tuotannosta on poistunut turve kokonaan.
- Lämmön hinta asukkaille laski kuusi prosenttia.

Pohjoismaiden ja Baltian klusteriverkosto auttoi löytämään lämpöpumppujen toimittajan Ruotsista. Lue [loppuraportti](https://www.kustlanda.example/hukkalampo).`,
      sv: `## Tre källor, ett nät

När Kustlanda förbund publicerade utmaningen *Industrins spillvärme blir fjärrvärme* tyckte många att idén var för komplicerad: tre företag, tre olika temperaturer och ett fjärrvärmenät.

### Vad vi uppnådde

- **Omkring 70 GWh** spillvärme om året går nu till hemmen.
- Torven har helt försvunnit ur fjärrvärmeproduktionen.
- Priset på värme för invånarna sjönk med sex procent.

Det nordisk-baltiska klusternätverket hjälpte till att hitta leverantören av värmepumparna i Sverige. Läs [slutrapporten](https://www.kustlanda.example/hukkalampo).`,
      en: `## Three sources, one network

When the Regional Council of Kustlanda published the challenge *Industrial waste heat becomes district heating*, many thought the idea too complicated: three companies, three different temperatures and one district heating network.

### What we achieved

- **About 70 GWh** of waste heat a year now reaches homes.
- Peat has disappeared from district heating production altogether.
- The price of heat for residents fell by six per cent.

The Nordic–Baltic Cluster Network helped find the heat pump supplier in Sweden. Read the [final report](https://www.kustlanda.example/hukkalampo).`,
    },
    image: {
      url: demoImageUrl('district-heat.png'),
      alt: {
        fi: 'Kuvitus: tehtaalta lähtevä lämpö kulkee putkea pitkin kerrostaloihin.',
        sv: 'Illustration: värme från en fabrik leds genom ett rör till flerbostadshus.',
        en: 'Illustration: heat from a factory travels through a pipe to blocks of flats.',
      },
    },
    themes: ['energy', 'industry', 'climate'],
    challengeIds: ['kustlanda-hukkalampo-kaukolammoksi'],
    clusterIds: ['nordic-baltic-cluster-network'],
    author: { name: 'Jari Koskinen', role: 'Energia-asiantuntija, Kustlandan liitto' },
    publishedAt: '2026-06-18T10:00:00+03:00',
  },
  {
    id: 'kustlanda-saaristolaiset-suunnittelivat-etavastaanoton',
    orgId: 'kustlanda',
    title: {
      fi: 'Saaristolaiset suunnittelivat oman etävastaanottonsa',
      sv: 'Skärgårdsborna planerade sin egen distansmottagning',
    },
    summary: {
      fi: 'Ennen hankintaa liitto ja Terveysteknologiaklusteri kiersivät kuudella saarella. Asukkaiden toiveet muuttivat hankinnan painopisteen laitteista palveluun.',
      sv: 'Innan upphandlingen besökte förbundet och Hälsoteknikklustret sex öar. Invånarnas önskemål flyttade upphandlingens fokus från utrustning till service.',
    },
    body: {
      fi: `## Kylätalolla kahvin äärellä

Syyskuussa 2025 järjestimme kuusi kyläiltaa saaristossa. Paikalle tuli yhteensä 240 asukasta, hoitajaa ja Terveysteknologiaklusterin yritysten edustajaa.

### Asukkaat toivoivat

- tuttua hoitajaa videoyhteyden toiseen päähän,
- apua laitteiden käyttöön ensimmäisillä kerroilla,
- palvelua omalla kielellä, suomeksi tai ruotsiksi.

Näiden toiveiden pohjalta hankintaan lisättiin koulutus ja tukipalvelu. Hankinnan etenemistä voi seurata [liiton sivuilla](https://hankinnat.kustlanda.example/2026-0012).`,
      sv: `## Vid kaffebordet i byagården

I september 2025 ordnade vi sex bykvällar i skärgården. Totalt kom 240 invånare, vårdpersonal och företag från Hälsoteknikklustret.

### Invånarna önskade

- en bekant sjukskötare i andra änden av videosamtalet,
- hjälp med utrustningen de första gångerna,
- service på det egna språket, svenska eller finska.

Utifrån önskemålen lades utbildning och en supporttjänst till i upphandlingen. Följ upphandlingen på [förbundets webbplats](https://hankinnat.kustlanda.example/2026-0012).`,
    },
    themes: ['health', 'social-care', 'digitalisation'],
    challengeIds: ['kustlanda-etavastaanotto-saaristoon'],
    clusterIds: ['health-tech-cluster'],
    author: { name: 'Aino Rautiainen', role: 'Innovaatiopäällikkö, Kustlandan liitto' },
    publishedAt: '2025-10-02T10:00:00+03:00',
  },
  {
    id: 'fjordvik-nattevaktene-testet-sensorer',
    orgId: 'fjordvik',
    title: {
      nb: 'Nattevaktene foreslo det selv: sensorer på sykehjemmet',
      en: 'The night staff suggested it themselves: sensors in the nursing home',
    },
    summary: {
      nb: 'Ideen kom fra de ansatte på Holmen sykehjem. Etter en markedsdialog med 14 leverandører starter utprøvingen på to avdelinger i 2027.',
      en: 'The idea came from the staff at Holmen nursing home. After a market dialogue with 14 suppliers, trials start on two wards in 2027.',
    },
    body: {
      nb: `## Idéen kom nedenfra

– Vi vekker folk for å sjekke at de sover, sa en av nattevaktene på et personalmøte. Det ble starten på utfordringen *Gode netter på sykehjemmet*.

### Dette har skjedd så langt

1. Personalet og beboernes pårørende beskrev behovet sammen med Næringsinngangen.
2. **14 leverandører** deltok i markedsdialogen, fem av dem fra Health Tech-klyngen i Finland.
3. Personvernombudet har vært med fra første møte.

Les mer om [velferdsteknologi i Fjordvik](https://www.fjordvik.example/velferdsteknologi).`,
      en: `## The idea came from the floor

"We wake people up to check that they are asleep," one of the night staff said at a staff meeting. That was the start of the challenge *Good nights in the nursing home*.

### What has happened so far

1. Staff and residents' relatives described the need together with the business entry point.
2. **14 suppliers** took part in the market dialogue, five of them from the Health Tech Cluster in Finland.
3. The data protection officer has been involved from the first meeting.

Read more about [welfare technology in Fjordvik](https://www.fjordvik.example/velferdsteknologi).`,
    },
    themes: ['health', 'social-care'],
    challengeIds: ['fjordvik-gode-netter-pa-sykehjemmet'],
    clusterIds: ['health-tech-cluster'],
    author: { name: 'Randi Kvamme', role: 'Virksomhetsleder, Holmen sykehjem' },
    publishedAt: '2025-06-11T09:00:00+02:00',
  },
];
