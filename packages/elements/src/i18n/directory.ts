import type { ClusterRelationKind } from '@entrypoint/sdk';
import type { UiLanguage } from './index.js';

/**
 * The strings only the cluster directory uses, in every UI language. They
 * live in the directory's own chunk, so that a page without a directory does
 * not load them; the strings every element shares are in the catalogues.
 */
export const directoryStrings: Record<
  UiLanguage,
  {
    directoryLabel: string;
    searchClusters: string;
    sector: string;
    clusterCount: (n: number, f: string) => string;
    noClustersFound: string;
    clustersError: string;
    sectors: string;
    technologies: string;
    members: string;
    region: string;
    relationsHeading: string;
    relationKinds: Record<ClusterRelationKind, string>;
  }
> = {
  en: {
    directoryLabel: 'Clusters',
    searchClusters: 'Search clusters',
    sector: 'Sector',
    clusterCount: (n: number, f: string): string => (n === 1 ? '1 cluster' : `${f} clusters`),
    noClustersFound: 'No clusters match.',
    clustersError: 'The clusters could not be loaded.',
    sectors: 'Sectors',
    technologies: 'Technologies',
    members: 'Members',
    region: 'Region',
    relationsHeading: 'Works with',
    relationKinds: {
      partner: 'Partner',
      'member-of': 'Member of',
      collaborates: 'Works with',
    },
  },
  sv: {
    directoryLabel: 'Kluster',
    searchClusters: 'Sök kluster',
    sector: 'Bransch',
    clusterCount: (n, f) => (n === 1 ? '1 kluster' : `${f} kluster`),
    noClustersFound: 'Inga kluster passar din sökning.',
    clustersError: 'Det gick inte att hämta klustren.',
    sectors: 'Branscher',
    technologies: 'Teknik',
    members: 'Medlemmar',
    region: 'Region',
    relationsHeading: 'Samarbetar med',
    relationKinds: { partner: 'Partner', 'member-of': 'Medlem i', collaborates: 'Samarbetar med' },
  },
  nb: {
    directoryLabel: 'Klynger',
    searchClusters: 'Søk i klynger',
    sector: 'Bransje',
    clusterCount: (n, f) => (n === 1 ? '1 klynge' : `${f} klynger`),
    noClustersFound: 'Ingen klynger passer søket ditt.',
    clustersError: 'Vi klarte ikke å hente klyngene.',
    sectors: 'Bransjer',
    technologies: 'Teknologi',
    members: 'Medlemmer',
    region: 'Region',
    relationsHeading: 'Samarbeider med',
    relationKinds: {
      partner: 'Partner',
      'member-of': 'Medlem av',
      collaborates: 'Samarbeider med',
    },
  },
  fi: {
    directoryLabel: 'Klusterit',
    searchClusters: 'Hae klustereita',
    sector: 'Toimiala',
    clusterCount: (n, f) => (n === 1 ? '1 klusteri' : `${f} klusteria`),
    noClustersFound: 'Hakuasi vastaavia klustereita ei löytynyt.',
    clustersError: 'Klustereiden haku ei onnistunut.',
    sectors: 'Toimialat',
    technologies: 'Teknologiat',
    members: 'Jäseniä',
    region: 'Alue',
    relationsHeading: 'Yhteistyössä',
    relationKinds: { partner: 'Kumppani', 'member-of': 'Jäsen', collaborates: 'Yhteistyössä' },
  },
};
