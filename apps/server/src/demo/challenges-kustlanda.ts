/**
 * Kustlanda's challenges (Finnish, Swedish – the region is bilingual – and English).
 */
import type { DemoChallenge } from './types.js';

export const kustlandaChallenges: DemoChallenge[] = [
  {
    id: 'kustlanda-liikkuminen-maaseudulla-2035',
    orgId: 'kustlanda',
    status: 'open',
    title: {
      fi: 'Liikkuminen maaseudulla – miten kylistä päästään palveluihin vuonna 2035?',
      sv: 'Att resa på landsbygden – hur når byarna servicen år 2035?',
      en: 'Getting around the countryside – how will villages reach services in 2035?',
    },
    summary: {
      fi: 'Kustlandan kylissä moni ikääntynyt ei enää aja autoa, ja linja-autovuoroja on vähän. Etsimme yrityksiä, jotka voivat yhdistää koulukyydit, asiointiliikenteen ja kutsuliikenteen toimivaksi kokonaisuudeksi.',
      sv: 'I Kustlandas byar kör många äldre inte längre bil, och bussturerna är få. Vi söker företag som kan knyta ihop skolskjutsar, serviceresor och anropsstyrd trafik till en helhet som fungerar.',
      en: "In Kustlanda's villages many older people no longer drive, and buses are few. We are looking for companies that can join school transport, service trips and demand-responsive transport into one system that works.",
    },
    need: {
      fi: `Kolmannes Kustlandan 180 000 asukkaasta asuu maaseudulla. Linja-autot kulkevat harvoin, ja osasta kylistä on 60 kilometriä lähimmälle terveysasemalle. Samaan aikaan alueella ajetaan joka päivä satoja koulu- ja sosiaalihuollon kuljetuksia, joissa on tyhjiä paikkoja.

- Kuljetukset tilataan eri järjestelmistä, eivätkä ne tiedä toisistaan.
- Nuoret eivät pääse harrastuksiin ilman vanhempien kyytiä.
- Ikääntyneet joutuvat luopumaan kotona asumisesta, kun oma auto jää pois.`,
      sv: `En tredjedel av Kustlandas 180 000 invånare bor på landsbygden. Bussarna går sällan, och från en del byar är det 60 kilometer till närmaste hälsostation. Samtidigt körs varje dag hundratals skolskjutsar och färdtjänstresor med tomma platser.

- Resorna beställs i olika system som inte vet om varandra.
- Unga kommer inte till sina fritidsaktiviteter utan föräldrarnas skjuts.
- Äldre tvingas flytta från sina hem när bilen inte längre är ett alternativ.`,
      en: `A third of Kustlanda's 180,000 residents live in the countryside. Buses run rarely, and some villages are 60 kilometres from the nearest health centre. Meanwhile hundreds of school and social-care journeys are driven every day with empty seats.

- Journeys are ordered from different systems that know nothing of each other.
- Young people cannot get to their hobbies without a lift from their parents.
- Older people have to give up living at home when they can no longer drive.`,
    },
    vision: {
      fi: `- Jokaisesta kylästä pääsee arkipäivisin kuntakeskukseen ja takaisin ilman omaa autoa.
- Koulu-, asiointi- ja kutsuliikenne suunnitellaan yhdessä, ja vapaat paikat ovat kaikkien käytössä.
- Matkan voi varata yhdestä paikasta puhelimella tai sovelluksella, suomeksi ja ruotsiksi.`,
      sv: `- Från varje by kan man på vardagar ta sig till kommuncentrum och tillbaka utan egen bil.
- Skolskjutsar, serviceresor och anropsstyrd trafik planeras tillsammans, och lediga platser kan användas av alla.
- Resan bokas på ett ställe, per telefon eller i en app, på finska och svenska.`,
      en: `- From every village you can reach the municipal centre and back on weekdays without a car of your own.
- School, service and demand-responsive transport are planned together, and free seats are open to everyone.
- A journey is booked in one place, by phone or in an app, in Finnish and Swedish.`,
    },
    horizonYear: 2035,
    opportunity: {
      fi: `Haemme **innovaatiokumppanuuteen** yrityksiä ja yhteenliittymiä, jotka voivat toimittaa

- ohjelmiston kutsuliikenteen suunnitteluun ja kuljetusten yhdistelyyn,
- ajoneuvot ja kuljettajat kokeiluihin kolmessa kunnassa,
- palvelun matkojen varaamiseen ja maksamiseen.

Liitto tarjoaa kokeilualueen, kuljetusdataa ja rahoitusta osana alueen älykkään erikoistumisen ohjelmaa.`,
      sv: `Vi söker företag och konsortier till ett **innovationspartnerskap** som kan leverera

- programvara för att planera anropsstyrd trafik och samordna resor,
- fordon och förare för försök i tre kommuner,
- en tjänst för att boka och betala resor.

Förbundet erbjuder ett försöksområde, resedata och finansiering inom regionens program för smart specialisering.`,
      en: `We are looking for companies and consortia for an **innovation partnership** that can deliver

- software for planning demand-responsive transport and pooling journeys,
- vehicles and drivers for trials in three municipalities,
- a service for booking and paying for journeys.

The council offers a trial area, transport data and funding under the region's smart specialisation programme.`,
    },
    offers: ['testbed', 'data', 'funding', 'pilot'],
    themes: ['mobility', 'social-care', 'digitalisation'],
    sdgs: [10, 11],
    procurementRoute: 'innovation-partnership',
    budget: { min: 500_000, max: 2_000_000, currency: 'EUR' },
    deadline: '2027-02-26',
    location: { name: 'Kustlandan maaseutu', lat: 62.95, lon: 21.4 },
    region: 'FI195',
    cpvCodes: ['60140000-1', '60130000-8', '48000000-8'],
    contact: {
      name: 'Jukka Mäkinen',
      role: 'Liikennesuunnittelija',
      email: 'jukka.makinen@kustlanda.example',
    },
    links: [
      {
        url: 'https://www.kustlanda.example/liikkuminen',
        title: {
          fi: 'Maakunnan liikennejärjestelmäsuunnitelma',
          sv: 'Landskapets trafiksystemplan',
          en: 'Regional transport system plan',
        },
      },
    ],
  },
  {
    id: 'kustlanda-etavastaanotto-saaristoon',
    orgId: 'kustlanda',
    status: 'procurement',
    title: {
      fi: 'Terveyspalvelut saaristoon – vastaanotto ilman lauttamatkaa',
      sv: 'Vård i skärgården – en mottagning utan färjeresa',
      en: 'Healthcare for the archipelago – an appointment without a ferry trip',
    },
    summary: {
      fi: 'Saaristossa asuvat käyttävät jopa puoli päivää yhteen lääkärikäyntiin. Hankimme yhdessä hyvinvointialueen kanssa saarille etävastaanottopisteitä ja kotimittauksia.',
      sv: 'Den som bor i skärgården kan lägga en halv dag på ett enda läkarbesök. Tillsammans med välfärdsområdet upphandlar vi distansmottagningar och hemmätningar för öarna.',
      en: 'People in the archipelago can spend half a day on a single visit to the doctor. Together with the wellbeing services county we are procuring remote consultation points and home monitoring for the islands.',
    },
    need: {
      fi: `Kustlandan saaristossa asuu ympäri vuoden noin 4 000 ihmistä, joista puolet on yli 65-vuotiaita. Lähin terveysasema on mantereella, ja talvella jäätilanne voi katkaista yhteydet päiviksi. Moni jättää kontrollikäynnin väliin, ja pitkäaikaissairauksien hoito kärsii.`,
      sv: `I Kustlandas skärgård bor omkring 4 000 människor året runt, hälften av dem över 65 år. Närmaste hälsostation finns på fastlandet, och på vintern kan isläget bryta förbindelserna i flera dagar. Många hoppar över sina kontrollbesök, och vården av kroniska sjukdomar blir lidande.`,
      en: `About 4,000 people live in Kustlanda's archipelago all year round, half of them over 65. The nearest health centre is on the mainland, and in winter the ice can cut the connections for days. Many skip their check-ups, and the care of long-term illness suffers.`,
    },
    vision: {
      fi: `- Jokaisella asutulla saarella on etävastaanottopiste, jossa voi tavata lääkärin tai hoitajan videoyhteydellä.
- Pitkäaikaissairaat mittaavat verenpaineensa ja verensokerinsa kotona, ja tulokset siirtyvät suoraan potilaskertomukseen.
- Palvelu toimii yhtä hyvin suomeksi ja ruotsiksi.`,
      sv: `- Varje bebodd ö har en distansmottagning där man kan träffa läkare eller sjukskötare via video.
- Personer med kroniska sjukdomar mäter blodtryck och blodsocker hemma, och resultaten förs direkt till patientjournalen.
- Tjänsten fungerar lika bra på svenska som på finska.`,
      en: `- Every inhabited island has a remote consultation point where you can see a doctor or nurse by video.
- People with long-term conditions measure their blood pressure and blood sugar at home, and the results go straight into the patient record.
- The service works equally well in Finnish and Swedish.`,
    },
    horizonYear: 2030,
    opportunity: {
      fi: `Hankinta on käynnissä **innovatiivisena hankintana** kahdessa osassa:

1. etävastaanottopisteet kuudelle saarelle (laitteet, tietoliikenneyhteydet ja ylläpito),
2. kotimittausten palvelu ja tiedonsiirto FHIR-rajapinnan kautta.

Tarjousaika on päättynyt, ja neuvottelut kolmen tarjoajan kanssa ovat käynnissä. Alihankkijat voivat olla yhteydessä tarjoajiin Terveysteknologiaklusterin kautta.`,
      sv: `Upphandlingen pågår som en **innovationsupphandling** i två delar:

1. distansmottagningar på sex öar (utrustning, förbindelser och underhåll),
2. en tjänst för hemmätningar med dataöverföring via ett FHIR-gränssnitt.

Anbudstiden har gått ut och förhandlingar pågår med tre anbudsgivare. Underleverantörer kan kontakta anbudsgivarna via Hälsoteknikklustret.`,
      en: `The procurement is under way as an **innovation procurement** in two lots:

1. remote consultation points on six islands (equipment, connections and maintenance),
2. a home monitoring service with data transfer over a FHIR interface.

The tender period has closed and negotiations with three bidders are in progress. Subcontractors can reach the bidders through the Health Tech Cluster.`,
    },
    offers: ['procurement', 'testbed', 'funding'],
    themes: ['health', 'digitalisation', 'social-care', 'maritime'],
    sdgs: [3, 10],
    procurementRoute: 'innovation-procurement',
    budget: { min: 800_000, max: 1_600_000, currency: 'EUR' },
    deadline: '2027-03-15',
    location: { name: 'Kustlandan saaristo', lat: 63.05, lon: 21.15 },
    region: 'FI195',
    cpvCodes: ['33195000-3', '48814000-7', '85100000-0'],
    ocid: 'ocds-kstlnd-2026-0012',
    contact: {
      name: 'Helena Sjöberg',
      role: 'Hankintapäällikkö',
      email: 'helena.sjoberg@kustlanda.example',
    },
    links: [
      {
        url: 'https://hankinnat.kustlanda.example/2026-0012',
        title: { fi: 'Hankinta-asiakirjat', sv: 'Upphandlingsdokument', en: 'Tender documents' },
      },
    ],
  },
  {
    id: 'kustlanda-puhtaampi-rannikkovesi',
    orgId: 'kustlanda',
    status: 'in-dialogue',
    title: {
      fi: 'Puhtaampi rannikkovesi – ravinteet takaisin kiertoon',
      en: 'Cleaner coastal waters – putting nutrients back into the loop',
    },
    summary: {
      fi: 'Rannikon lahdet rehevöityvät, kun pelloilta ja kalankasvatuksesta huuhtoutuu ravinteita mereen. Käymme yritysten kanssa vuoropuhelua siitä, miten ravinteet saadaan talteen ja hyötykäyttöön.',
      en: 'Coastal bays are becoming eutrophic as nutrients wash into the sea from fields and fish farms. We are in dialogue with companies on how to capture the nutrients and put them to use.',
    },
    need: {
      fi: `Kustlandan matalat lahdet kärsivät rehevöitymisestä: sinileväkukinnot ovat yleistyneet, ja kalastajat kertovat kuhakantojen heikkenemisestä. Suurin osa ravinteista tulee maataloudesta, mutta myös kalankasvatus ja haja-asutuksen jätevedet kuormittavat vesistöjä.

Mereen päätyvät ravinteet ovat samalla arvokasta raaka-ainetta, joka menee hukkaan.`,
      en: `Kustlanda's shallow bays suffer from eutrophication: blue-green algae blooms have become common, and fishers report falling pikeperch stocks. Most of the nutrients come from farming, but fish farms and wastewater from scattered settlements add to the load.

The nutrients that end up in the sea are also a valuable raw material going to waste.`,
    },
    vision: {
      fi: `- Rannikkovesien ekologinen tila on vähintään hyvä kaikissa Kustlandan lahdissa.
- Puolet maatalouden ja kalankasvatuksen ravinteista kierrätetään lannoitteiksi tai rehuksi.
- Alueella on kannattavaa kiertotalousyritystoimintaa, joka työllistää maaseudulla.`,
      en: `- The ecological status of the coastal waters is at least good in every bay of Kustlanda.
- Half of the nutrients from farming and fish farming are recycled into fertiliser or feed.
- Profitable circular-economy businesses provide jobs in the countryside.`,
    },
    horizonYear: 2035,
    opportunity: {
      fi: `Syksyllä 2026 käytyyn markkinavuoropuheluun osallistui 19 yritystä ja tutkimuslaitosta. Seuraavaksi haemme kumppaneita kokeiluihin:

- ravinteiden talteenotto valumavesistä ja lietteestä,
- kalankasvatuksen kiertovesiratkaisut,
- vedenlaadun jatkuva seuranta ja avoin data.

Liitto tarjoaa kokeilupaikat kolmella maatilalla ja yhdellä kalankasvattamolla sekä asiantuntija-apua EU-rahoituksen hakemiseen.`,
      en: `Nineteen companies and research institutes took part in the market dialogue in autumn 2026. Next we are looking for partners for trials in

- recovering nutrients from run-off water and sludge,
- recirculating water systems for fish farming,
- continuous water-quality monitoring with open data.

The council offers trial sites on three farms and one fish farm, and expert help with applying for EU funding.`,
    },
    offers: ['testbed', 'expertise', 'funding', 'data'],
    themes: ['water', 'food', 'maritime', 'circular-economy'],
    sdgs: [2, 6, 14],
    procurementRoute: 'market-dialogue',
    budget: { max: 900_000, currency: 'EUR' },
    deadline: '2027-05-14',
    location: { name: 'Kustlandan rannikko', lat: 63.2, lon: 21.55 },
    region: 'FI195',
    cpvCodes: ['90733000-4', '90713000-8', '03311000-2'],
    contact: {
      name: 'Petra Nyman',
      role: 'Ympäristöasiantuntija',
      email: 'petra.nyman@kustlanda.example',
    },
    links: [],
  },
  {
    id: 'kustlanda-hukkalampo-kaukolammoksi',
    orgId: 'kustlanda',
    status: 'solved',
    title: {
      fi: 'Teollisuuden hukkalämpö kaukolämmöksi',
      sv: 'Industrins spillvärme blir fjärrvärme',
      en: 'Industrial waste heat becomes district heating',
    },
    summary: {
      fi: 'Satama-alueen teollisuuden hukkalämpö lämmittää nyt 6 000 kotia. Haaste on ratkaistu, ja mallia levitetään muihin rannikon kuntiin.',
      sv: 'Spillvärmen från industrin i hamnområdet värmer nu 6 000 hem. Utmaningen är löst, och modellen sprids till andra kustkommuner.',
      en: 'Waste heat from industry in the port area now heats 6,000 homes. The challenge is solved, and the model is spreading to other coastal municipalities.',
    },
    need: {
      fi: `Satama-alueen kolme teollisuuslaitosta – metallitehdas, datakeskus ja elintarviketehdas – päästivät vuosittain noin 120 gigawattituntia lämpöä ilmaan ja mereen. Samaan aikaan kaukolämpöä tuotettiin osittain turpeella ja maakaasulla.`,
      sv: `De tre industrierna i hamnområdet – ett metallverk, ett datacenter och en livsmedelsfabrik – släppte varje år ut omkring 120 gigawattimmar värme i luften och havet. Samtidigt producerades fjärrvärmen delvis med torv och naturgas.`,
      en: `The three industrial plants in the port area – a metal works, a data centre and a food factory – released some 120 gigawatt hours of heat into the air and the sea every year. Meanwhile district heating was produced partly from peat and natural gas.`,
    },
    vision: {
      fi: `- Kaukolämpö tuotetaan kokonaan ilman fossiilisia polttoaineita ja turvetta.
- Teollisuuden hukkalämpö kattaa vähintään 40 prosenttia alueen kaukolämmöstä.
- Lämmön hinta pysyy asukkaille kohtuullisena ja ennustettavana.`,
      sv: `- Fjärrvärmen produceras helt utan fossila bränslen och torv.
- Industrins spillvärme täcker minst 40 procent av regionens fjärrvärme.
- Priset på värme förblir rimligt och förutsägbart för invånarna.`,
      en: `- District heating is produced entirely without fossil fuels or peat.
- Industrial waste heat covers at least 40 per cent of the region's district heating.
- The price of heat stays reasonable and predictable for residents.`,
    },
    horizonYear: 2030,
    opportunity: {
      fi: `Haaste ratkaistiin **innovaatiokumppanuudella** vuosina 2024–2026. Kumppanit rakensivat lämpöpumppulaitoksen ja ohjausjärjestelmän, jotka ottavat lämmön talteen kolmesta lähteestä ja syöttävät sen kaukolämpöverkkoon.

Nyt ratkaisua tarjotaan muille rannikon kunnille, ja liitto auttaa kuntia hankinnoissa.`,
      sv: `Utmaningen löstes genom ett **innovationspartnerskap** 2024–2026. Partnerna byggde en värmepumpsanläggning och ett styrsystem som tar till vara värmen från tre källor och matar in den i fjärrvärmenätet.

Nu erbjuds lösningen till andra kustkommuner, och förbundet hjälper kommunerna med upphandlingen.`,
      en: `The challenge was solved through an **innovation partnership** in 2024–2026. The partners built a heat pump plant and a control system that recover heat from three sources and feed it into the district heating network.

The solution is now offered to other coastal municipalities, and the council helps them procure it.`,
    },
    offers: ['procurement', 'funding', 'expertise'],
    themes: ['energy', 'industry', 'climate'],
    sdgs: [7, 9, 13],
    procurementRoute: 'innovation-partnership',
    budget: { min: 4_000_000, max: 9_000_000, currency: 'EUR' },
    deadline: '2026-05-29',
    location: { name: 'Kustlandan satama', lat: 63.09, lon: 21.57 },
    region: 'FI195',
    cpvCodes: ['09323000-9', '42511110-2', '71314000-2'],
    contact: {
      name: 'Jari Koskinen',
      role: 'Energia-asiantuntija',
      email: 'jari.koskinen@kustlanda.example',
    },
    links: [
      {
        url: 'https://www.kustlanda.example/hukkalampo',
        title: { fi: 'Loppuraportti', sv: 'Slutrapport', en: 'Final report' },
      },
    ],
  },
];
