/**
 * The words a feed adds around the stories, in the languages the elements
 * speak (en, sv, nb, fi). A feed in another language gets English, and says
 * so with the language of the text it carries.
 */

export interface FeedWords {
  /** The channel title: `owner` is the organisation's name, or none for all owners. */
  title(owner?: string): string;
  description: string;
  /** The heading over the links to the challenges a story tells about. */
  challenges: string;
  /** Before the organisation's name (a link to its website) on a story's page. */
  publishedBy: string;
}

const WORDS: Record<string, FeedWords> = {
  en: {
    title: (owner) => (owner ? `${owner}: stories` : 'Entrypoint: stories'),
    description: 'Good examples of innovation with the public sector',
    challenges: 'The challenges behind this story',
    publishedBy: 'Published by',
  },
  sv: {
    title: (owner) => (owner ? `${owner}: berättelser` : 'Entrypoint: berättelser'),
    description: 'Goda exempel på innovation tillsammans med offentlig sektor',
    challenges: 'Utmaningarna bakom berättelsen',
    publishedBy: 'Publicerad av',
  },
  nb: {
    title: (owner) => (owner ? `${owner}: historier` : 'Entrypoint: historier'),
    description: 'Gode eksempler på innovasjon sammen med offentlig sektor',
    challenges: 'Utfordringene bak historien',
    publishedBy: 'Publisert av',
  },
  fi: {
    title: (owner) => (owner ? `${owner}: tarinat` : 'Entrypoint: tarinat'),
    description: 'Hyviä esimerkkejä innovoinnista yhdessä julkisen sektorin kanssa',
    challenges: 'Tarinan taustalla olevat haasteet',
    publishedBy: 'Julkaisija',
  },
};

/** Norwegian written without the Bokmål subtag is read as Bokmål. */
const ALIASES: Record<string, string> = { no: 'nb' };

/** The words for `lang` (its primary subtag: `sv-FI` → `sv`), and the language they are in. */
export function feedWords(lang: string | undefined): { words: FeedWords; lang: string } {
  const primary = lang?.toLowerCase().split('-')[0] ?? 'en';
  const key = ALIASES[primary] ?? primary;
  const words = WORDS[key];
  return words ? { words, lang: key } : { words: WORDS.en!, lang: 'en' };
}
