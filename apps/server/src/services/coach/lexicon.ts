/**
 * What the coach looks for, per language (en, sv, nb, fi). Word lists and
 * patterns, kept small and readable so an editor can see why a hint came.
 * Finnish words are matched by stem, since they inflect ("sovelluksen",
 * "sovellusta").
 */
export const COACH_LANGUAGES = ['en', 'sv', 'nb', 'fi'] as const;
export type CoachLanguage = (typeof COACH_LANGUAGES)[number];

export const isCoachLanguage = (v: string): v is CoachLanguage =>
  (COACH_LANGUAGES as readonly string[]).includes(v);

interface Lexicon {
  /** Products and technologies: a challenge that names one is a solution. */
  products: RegExp;
  /** Buying or building something: "we want to buy an app". */
  acquire: RegExp;
  /** Words that frame a need or a question rather than a purchase. */
  needMarkers: RegExp;
  /** Who could deliver: companies, suppliers, researchers … */
  deliverers: RegExp;
  /** Words a plain-language guide asks public writers to avoid. */
  jargon: RegExp;
  /** Something measurable in a vision: a number, a share, a halving … */
  measurable: RegExp;
}

const b = (alternatives: string, flags = 'iu') =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, flags);
/** Stems: the word may go on (Finnish cases, Swedish definite forms). */
const stem = (alternatives: string, flags = 'iu') =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives})\\p{L}*`, flags);

export const LEXICON: Record<CoachLanguage, Lexicon> = {
  en: {
    products: b(
      'apps?|application|platform|software|system|portal|dashboard|sensors?|chatbots?|drones?|robots?|blockchain|AI|artificial intelligence|digital twin|IoT|RFID|LED lighting|smart meters?|kiosks?|website',
    ),
    acquire: b(
      '(?:buy|purchase|procure|acquire|implement|install|deploy|develop|build|introduce|roll out|set up)(?:\\s+\\S+){0,4}?\\s+(?:apps?|application|platform|software|system|portal|dashboard|sensors?|chatbots?|drones?|robots?|blockchain|AI|digital twin|IoT|RFID|kiosks?|website)',
    ),
    needMarkers: b(
      'need|needs|problem|challenge|how (?:can|could|might|do) we|where do we want|we do not know|today',
    ),
    deliverers: b(
      'compan(?:y|ies)|suppliers?|businesses|SMEs?|start-?ups?|operators?|researchers?|universit(?:y|ies)|consortia|consortium|partners?|clusters?|makers?|providers?',
    ),
    jargon: b(
      'leverage|synerg(?:y|ies)|holistic|paradigm(?: shift)?|best[- ]in[- ]class|going forward|stakeholder ecosystem|utili[sz]e|actionable|value[- ]add(?:ed)?|scalable solutions?|cutting[- ]edge|state[- ]of[- ]the[- ]art|disruptive',
    ),
    measurable:
      /\d|\b(?:half|halved|double|doubled|every|each|no one|none|all|zero|emission-free|fossil-free)\b/iu,
  },
  sv: {
    products: b(
      'appen|app|appar|applikation(?:en)?|plattform(?:en)?|programvara(?:n)?|system(?:et)?|portal(?:en)?|sensor(?:er|n|erna)?|chattbot(?:ar)?|drönare|robot(?:ar)?|blockkedja|AI|digital tvilling|IoT|RFID|LED-belysning|smarta mätare|webbplats(?:en)?',
    ),
    acquire: b(
      '(?:köpa(?: in)?|upphandla|anskaffa|implementera|installera|införa|utveckla|bygga|ta fram|skaffa)(?:\\s+\\S+){0,4}?\\s+(?:appen|app|applikation|plattform|programvara|system|portal|sensorer|chattbot|drönare|robotar|blockkedja|AI|digital tvilling|IoT|RFID|webbplats)',
    ),
    needMarkers: b(
      'behov(?:et)?|behöver|utmaning(?:en)?|problem(?:et)?|hur kan|var vill vi|vi vet inte|i dag|idag',
    ),
    deliverers: b(
      'företag(?:en)?|leverantör(?:er)?|näringsliv(?:et)?|små och medelstora|startup(?:s|bolag)?|operatör(?:er)?|forskare|universitet|högskol(?:a|or)|konsortier|konsortium|partner|kluster',
    ),
    jargon: b(
      'implementera|synergi(?:er|effekter)?|holistisk(?:t)?|paradigmskifte|adressera|kommunicera ut|verkställighet|i syfte att|med anledning av|vederbörlig|densamma|erforderlig',
    ),
    measurable:
      /\d|(?<![\p{L}])(?:halv|halverats|halverad|dubbelt|fördubblats|varannan|varje|ingen|inga|alla|noll|fossilfri|utsläppsfri)(?![\p{L}])/iu,
  },
  nb: {
    products: b(
      'appen|app|apper|applikasjon(?:en)?|plattform(?:en)?|programvare(?:n)?|system(?:et)?|portal(?:en)?|sensor(?:er|en|ene)?|chatbot(?:er)?|droner?|robot(?:er)?|blokkjede|KI|AI|digital tvilling|IoT|RFID|LED-belysning|smarte målere|nettside(?:n)?',
    ),
    acquire: b(
      '(?:kjøpe(?: inn)?|anskaffe|implementere|installere|innføre|utvikle|bygge|ta i bruk|skaffe)(?:\\s+\\S+){0,4}?\\s+(?:appen|app|applikasjon|plattform|programvare|system|portal|sensorer|chatbot|droner|roboter|blokkjede|KI|AI|digital tvilling|IoT|RFID|nettside)',
    ),
    needMarkers: b(
      'behov(?:et)?|trenger|utfordring(?:en)?|problem(?:et)?|hvordan kan|hvor vil vi|vi vet ikke|i dag',
    ),
    deliverers: b(
      'bedrift(?:er|ene)?|selskap(?:er)?|leverandør(?:er)?|næringsliv(?:et)?|små og mellomstore|oppstartsbedrift(?:er)?|gründer(?:e)?|operatør(?:er)?|forsker(?:e)?|universitet|konsortier|konsortium|partner(?:e)?|klynge(?:r)?|rederi(?:er)?',
    ),
    jargon: b(
      'implementere|synergi(?:er|effekter)?|helhetlig tilnærming|paradigmeskifte|adressere|kommunisere ut|iverksette|i den hensikt|vedrørende|nevnte|påregnelig',
    ),
    measurable:
      /\d|(?<![\p{L}])(?:halv|halvert|dobbelt|doblet|annenhver|hver|ingen|alle|null|utslippsfri|fossilfri)(?![\p{L}])/iu,
  },
  fi: {
    // No left boundary: Finnish joins words ("mobiilisovellus", "tekoälyalusta").
    products: new RegExp(
      '(?:sovellu|alusta|ohjelmisto|järjestelmä|portaali|anturi|chatbot|droon|robot|lohkoketju|tekoäly|digitaalinen kaksonen|digitaalisen kaksosen|IoT|RFID|LED-valaistu|älymittari|verkkosivu)\\p{L}*',
      'iu',
    ),
    acquire: stem(
      '(?:hankki|hankin|osta|toteutta|asenta|ottaa käyttöön|otetaan käyttöön|kehittä|rakenta)\\S*(?:\\s+\\S+){0,4}?\\s+\\S*?(?:sovellu|alusta|ohjelmisto|järjestelm|portaali|anturi|chatbot|droon|robot|lohkoketju|tekoäly|IoT|RFID|verkkosivu)\\p{L}*',
    ),
    needMarkers: stem(
      'tarve|tarpee|tarvitse|haaste|ongelm|miten|mihin haluamme|emme tiedä|nykyään|tänään',
    ),
    deliverers: stem(
      'yritys|yritykse|yrity|toimittaj|elinkeinoelä|pk-yrity|startup|kasvuyrity|operaattori|tutkij|yliopist|konsorti|kumppan|klusteri|varustam',
    ),
    jargon: stem(
      'implementoi|jalkaut|synergi|holistis|paradigm|allokoi|resursoi|fasilitoi|kärkihanke|tiekartta|ekosysteemi',
    ),
    measurable:
      /\d|(?<![\p{L}])(?:puol|kaksinkertai|joka toinen|jokai|ei yksikään|kaikki|nolla|päästöt)/iu,
  },
};
