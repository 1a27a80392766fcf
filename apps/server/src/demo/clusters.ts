/**
 * The demo cluster organisations: each is an organisation of kind `cluster`
 * and a public profile. They sit in different countries and know each other,
 * so the relations between them form a small network.
 */
import type { ClusterInput, OrganizationInput } from '@entrypoint/sdk';
import { DEMO_ORIGINS } from './organizations.js';

export interface DemoCluster {
  organization: OrganizationInput;
  profile: ClusterInput;
}

export const nordicMobilityCluster: DemoCluster = {
  organization: {
    id: 'nordic-mobility-cluster',
    kind: 'cluster',
    name: { en: 'Nordic Mobility Cluster', sv: 'Nordiska mobilitetsklustret' },
    country: 'SE',
    defaultLanguage: 'en',
    website: 'https://www.nordicmobility.example',
    entryPoint: {
      name: 'Jonas Bergqvist',
      role: 'Cluster manager',
      email: 'hello@nordicmobility.example',
    },
    allowedOrigins: [...DEMO_ORIGINS],
  },
  profile: {
    sectors: ['mobility', 'energy', 'digitalisation', 'climate'],
    technologies: [
      'battery-electric vehicles',
      'charging infrastructure',
      'demand-responsive transport',
      'winter road maintenance',
      'mobility data (GTFS, NeTEx)',
      'autonomous shuttles',
    ],
    memberCount: 146,
    region: 'SE331',
    description: {
      en: `The Nordic Mobility Cluster brings together **146 companies, researchers and public transport authorities** from northern Sweden and beyond to make transport work in a cold, sparsely populated climate.

Our members build electric buses and chargers, plan routes from open data, keep cycle paths clear of ice and run demand-responsive services where a timetable makes no sense. We open doors both ways: cities reach the right companies through us, and our members reach the cities' one point of entry.`,
      sv: `Nordiska mobilitetsklustret samlar **146 företag, forskare och kollektivtrafikmyndigheter** från norra Sverige och resten av Norden för att få transporterna att fungera i ett kallt och glest befolkat klimat.

Våra medlemmar bygger elbussar och laddare, planerar linjer utifrån öppna data, håller cykelbanorna fria från is och kör anropsstyrd trafik där en tidtabell inte fungerar. Vi öppnar dörrar åt båda hållen: kommunerna hittar rätt företag genom oss, och våra medlemmar hittar kommunernas gemensamma ingång.`,
    },
    relations: [
      { clusterId: 'blue-energy-cluster', kind: 'partner' },
      { clusterId: 'health-tech-cluster', kind: 'collaborates' },
      { clusterId: 'nordic-baltic-cluster-network', kind: 'member-of' },
    ],
  },
};

export const blueEnergyCluster: DemoCluster = {
  organization: {
    id: 'blue-energy-cluster',
    kind: 'cluster',
    name: { nb: 'Blå energi-klyngen', en: 'Blue Energy Cluster' },
    country: 'NO',
    defaultLanguage: 'nb',
    website: 'https://www.blueenergy.example',
    entryPoint: {
      name: 'Håkon Vestrheim',
      role: 'Daglig leder',
      email: 'post@blueenergy.example',
    },
    allowedOrigins: [...DEMO_ORIGINS],
  },
  profile: {
    sectors: ['energy', 'maritime', 'climate', 'industry'],
    technologies: [
      'shore power',
      'battery-electric ferries',
      'hydrogen and ammonia fuels',
      'offshore wind',
      'energy storage',
      'port energy management',
    ],
    memberCount: 212,
    region: 'NO0A2',
    description: {
      nb: `Blå energi-klyngen er et nettverk av **212 verft, rederier, energiselskaper og teknologibedrifter** på Vestlandet. Sammen utvikler vi løsningene som skal gjøre skipsfarten og havnene utslippsfrie: landstrøm, batterielektriske ferjer, hydrogen og havvind.

Kommuner og havner som vil teste ny teknologi, finner partnere hos oss. Vi hjelper medlemmene med å svare på utfordringer fra det offentlige, også på tvers av landegrensene.`,
      en: `The Blue Energy Cluster is a network of **212 shipyards, shipowners, energy companies and technology firms** on the west coast of Norway. Together we develop what it takes to make shipping and ports emission-free: shore power, battery-electric ferries, hydrogen and offshore wind.

Municipalities and ports that want to test new technology find partners with us. We help our members answer public-sector challenges, across borders too.`,
    },
    relations: [
      { clusterId: 'nordic-mobility-cluster', kind: 'partner' },
      { clusterId: 'nordic-baltic-cluster-network', kind: 'member-of' },
    ],
  },
};

export const healthTechCluster: DemoCluster = {
  organization: {
    id: 'health-tech-cluster',
    kind: 'cluster',
    name: {
      fi: 'Terveysteknologiaklusteri',
      sv: 'Hälsoteknikklustret',
      en: 'Health Tech Cluster',
    },
    country: 'FI',
    defaultLanguage: 'fi',
    website: 'https://www.healthtech.example',
    entryPoint: {
      name: 'Mikko Salminen',
      role: 'Klusterijohtaja',
      email: 'info@healthtech.example',
    },
    allowedOrigins: [...DEMO_ORIGINS],
  },
  profile: {
    sectors: ['health', 'social-care', 'digitalisation', 'education'],
    technologies: [
      'remote patient monitoring',
      'telemedicine',
      'fall detection',
      'assistive robotics',
      'health data interoperability (FHIR)',
      'medical imaging AI',
    ],
    memberCount: 98,
    region: 'FI1D9',
    description: {
      fi: `Terveysteknologiaklusteri kokoaa yhteen **98 yritystä, sairaalaa ja tutkimusryhmää**, jotka kehittävät etävastaanottoja, kotona asumista tukevaa teknologiaa ja terveysdatan yhteentoimivuutta.

Autamme hyvinvointialueita ja kuntia löytämään yritykset, jotka voivat ratkaista niiden haasteita, ja tuomme jäsenillemme testiympäristöjä oikeassa hoitotyössä.`,
      en: `The Health Tech Cluster brings together **98 companies, hospitals and research groups** building remote consultations, technology that helps people live at home, and interoperable health data.

We help wellbeing services counties and municipalities find the companies that can solve their challenges, and bring our members testbeds in real care work.`,
      sv: `Hälsoteknikklustret samlar **98 företag, sjukhus och forskargrupper** som utvecklar distansmottagningar, teknik som hjälper människor att bo kvar hemma och hälsodata som fungerar tillsammans.`,
    },
    relations: [
      { clusterId: 'nordic-mobility-cluster', kind: 'collaborates' },
      { clusterId: 'nordic-baltic-cluster-network', kind: 'member-of' },
    ],
  },
};

export const nordicBalticClusterNetwork: DemoCluster = {
  organization: {
    id: 'nordic-baltic-cluster-network',
    kind: 'cluster',
    name: {
      en: 'Nordic–Baltic Cluster Network',
      fi: 'Pohjoismaiden ja Baltian klusteriverkosto',
      sv: 'Nordisk-baltiska klusternätverket',
    },
    country: 'FI',
    defaultLanguage: 'en',
    website: 'https://www.nbcn.example',
    entryPoint: {
      name: 'Elina Virtanen',
      role: 'Network coordinator',
      email: 'coordinator@nbcn.example',
    },
    allowedOrigins: [...DEMO_ORIGINS],
  },
  profile: {
    sectors: ['industry', 'maritime', 'energy', 'health', 'mobility', 'digitalisation'],
    technologies: ['cross-border matchmaking', 'joint testbeds', 'EU project consortia'],
    memberCount: 27,
    region: 'FI1C1',
    description: {
      en: `An umbrella for **27 cluster organisations** around the Baltic Sea and the North Sea. When a city in one country has a challenge, the network finds the companies in another that have already solved something like it.`,
      fi: `**27 klusteriorganisaation** kattoverkosto Itämeren ja Pohjanmeren ympäriltä. Kun yhden maan kaupungilla on haaste, verkosto löytää toisesta maasta yritykset, jotka ovat jo ratkaisseet jotakin samankaltaista.`,
      sv: `Ett paraplynätverk för **27 klusterorganisationer** runt Östersjön och Nordsjön. När en stad i ett land har en utmaning hittar nätverket företagen i ett annat land som redan har löst något liknande.`,
    },
    relations: [
      { clusterId: 'nordic-mobility-cluster', kind: 'collaborates' },
      { clusterId: 'blue-energy-cluster', kind: 'collaborates' },
      { clusterId: 'health-tech-cluster', kind: 'collaborates' },
    ],
  },
};

/** Cluster organisations and their profiles, in the order they should be stored. */
export const demoClusters: DemoCluster[] = [
  nordicMobilityCluster,
  blueEnergyCluster,
  healthTechCluster,
  nordicBalticClusterNetwork,
];
