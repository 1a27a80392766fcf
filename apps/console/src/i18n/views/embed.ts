/** The embed builder's strings (views/embed.ts), in the console's four languages. */
import type { Theme } from '@entrypoint/sdk';
import type { Catalogue } from '../index.js';
import { themeNames } from '../themes.js';

type Tag = 'ep-challenge-board' | 'ep-entry-form' | 'ep-story-feed' | 'ep-cluster-directory';

export interface M {
  title: string;
  lead: string;
  notForRole: string;
  loadFailed: string;
  loading: string;
  retry: string;
  stepWhat: string;
  stepSettings: string;
  stepBrand: string;
  stepPreview: string;
  stepCode: string;
  stepSite: string;
  elementLegend: string;
  elements: Record<Tag, { name: string; help: string }>;
  language: string;
  languageHint: string;
  languages: Record<'page' | 'en' | 'sv' | 'nb' | 'fi', string>;
  heading: string;
  headingHint: string;
  headingLevel: string;
  headingLevelDefault: string;
  headingLevelN: (n: string) => string;
  headingLevelHint: string;
  via: (name: string) => string;
  viaHint: string;
  region: string;
  regionHint: string;
  regionInvalid: string;
  countInvalid: string;
  owners: string;
  ownersHint: string;
  status: string;
  statusHint: string;
  allStatuses: string;
  statuses: Record<'open' | 'in-dialogue' | 'procurement' | 'solved' | 'closed', string>;
  theme: string;
  themeHint: string;
  allThemes: string;
  themes: Record<Theme, string>;
  pageSize: string;
  pageSizeHint: string;
  receiver: string;
  receiverHint: string;
  receiverMissing: string;
  choose: string;
  challenge: string;
  challengeHint: string;
  anyChallenge: string;
  privacyUrl: string;
  privacyHint: string;
  privacyInvalid: string;
  storiesFrom: string;
  allOwners: string;
  limit: string;
  limitHint: string;
  layout: string;
  layoutList: string;
  layoutGrid: string;
  sector: string;
  sectorHint: string;
  allSectors: string;
  country: string;
  allCountries: string;
  brandHint: string;
  tokens: Record<'accent' | 'onAccent' | 'text' | 'surface', string>;
  tokenHints: Record<'accent' | 'onAccent' | 'text' | 'surface', string>;
  colorInvalid: string;
  font: string;
  fontHint: string;
  fontInvalid: string;
  radius: string;
  radii: Record<'' | '0' | '0.25em' | '0.75em' | '1.5em', string>;
  contrastTitle: string;
  contrastOk: string;
  contrastFail: string;
  contrastPair: Record<'buttonText' | 'links' | 'text', string>;
  ratio: (r: string) => string;
  contrastAdvice: string;
  widthLegend: string;
  widths: Record<'phone' | 'tablet' | 'desktop', (px: number) => string>;
  previewHint: string;
  previewScaled: string;
  previewNoSend: string;
  previewTitle: (name: string) => string;
  codeHint: string;
  codeLabel: string;
  copy: string;
  copied: string;
  copyManually: string;
  siteHint: string;
  siteAddress: string;
  siteAddressHint: string;
  siteInvalid: string;
  formsTitle: string;
  readsOnly: string;
  allowedReminder: string;
  adminAdds: string;
  askAdmin: string;
  orgSettings: string;
  cannotCheck: string;
  otherReceiver: string;
  allowedYes: string;
  allowedYesText: (origin: string, org: string) => string;
  allowedAny: string;
  allowedAnyText: (org: string) => string;
  allowedNo: string;
  allowedNoText: (origin: string, org: string) => string;
  checkAgain: string;
  cspTitle: string;
  cspIntro: string;
  copyPolicy: string;
  copiedPolicy: string;
  noUnsafeInline: string;
  styleHashHint: string;
  cspWhole: string;
  trustedTypes: string;
}

const en: M = {
  title: 'Put Entrypoint on your site',
  lead: 'Choose what to show and how it looks, check it in the preview, and copy the code. Whoever edits your website pastes it into an HTML block on a page; no developer is needed.',
  notForRole:
    'Setting up the elements for your site is for admins and editors. Ask one of them if you need a change.',
  loadFailed: 'The organisations could not be read.',
  loading: 'Reading your organisations…',
  retry: 'Try again',
  stepWhat: '1. What to show',
  stepSettings: '2. Settings',
  stepBrand: '3. Your brand',
  stepPreview: '4. Preview',
  stepCode: '5. The code to paste',
  stepSite: '6. What your site needs',
  elementLegend: 'Element',
  elements: {
    'ep-challenge-board': {
      name: 'Challenge board',
      help: 'Your challenges with search and filters. Companies open one and respond.',
    },
    'ep-entry-form': {
      name: 'Entry-point form',
      help: 'The form where a company sends an idea, proposal or question to you.',
    },
    'ep-story-feed': {
      name: 'Story feed',
      help: 'Your stories of what worked, with links to the news feeds.',
    },
    'ep-cluster-directory': {
      name: 'Cluster directory',
      help: 'Cluster organisations with their sectors, members and partners.',
    },
  },
  language: 'Language of the element',
  languageHint: "Without a choice the element speaks your page's language.",
  languages: {
    page: "The page's language",
    en: 'English',
    sv: 'Swedish',
    nb: 'Norwegian (Bokmål)',
    fi: 'Finnish',
  },
  heading: 'Heading (optional)',
  headingHint: 'A visible heading above the element, in your own words.',
  headingLevel: 'Heading level',
  headingLevelDefault: 'Level 2 (usual)',
  headingLevelN: (n) => `Level ${n}`,
  headingLevelHint: "Match your page's outline: level 2 under the page's main heading.",
  via: (name) => `Credit what is sent from this site to ${name}`,
  viaHint:
    'The receiver sees that your cluster opened the door. It works only from your own sites (allowed origins).',
  region: 'Region (NUTS code, optional)',
  regionHint: 'Only this region, for example SE2 or SE224. Empty: every region.',
  regionInvalid:
    'Write a NUTS code: two capital letters and up to three letters or digits, e.g. SE224.',
  countInvalid: 'Write a whole number from 1 to 50.',
  owners: 'Whose challenges',
  ownersHint: 'None ticked: the challenges of every owner on this server.',
  status: 'Status',
  statusHint: 'Show only challenges with this status.',
  allStatuses: 'Every status',
  statuses: {
    open: 'Open',
    'in-dialogue': 'In dialogue',
    procurement: 'In procurement',
    solved: 'Solved',
    closed: 'Closed',
  },
  theme: 'Theme',
  themeHint: 'Show only challenges on this theme.',
  allThemes: 'Every theme',
  themes: themeNames.en,
  pageSize: 'Challenges shown at first (optional)',
  pageSizeHint: 'Then "Show more". Empty: 12.',
  receiver: 'Who receives what is sent',
  receiverHint: 'The organisation whose inbox the form sends to.',
  receiverMissing: 'Choose who receives what is sent.',
  choose: 'Choose…',
  challenge: 'Challenge (optional)',
  challengeHint: 'For a page about one challenge. Empty: the company writes about anything.',
  anyChallenge: 'No particular challenge',
  privacyUrl: 'Address of your privacy notice',
  privacyHint:
    'The form links to it before anything is sent. A full address or a path such as /privacy.',
  privacyInvalid: 'Write an address starting with https://, http:// or /.',
  storiesFrom: 'Stories from',
  allOwners: 'Every owner',
  limit: 'How many stories (optional)',
  limitHint: 'Empty: 6.',
  layout: 'Layout',
  layoutList: 'A list',
  layoutGrid: 'A grid of cards',
  sector: 'Start with sector',
  sectorHint: 'Visitors can change it.',
  allSectors: 'Every sector',
  country: 'Start with country',
  allCountries: 'Every country',
  brandHint:
    "Leave a field empty to keep the element's own accessible colours (they also follow dark mode). Colours as #rrggbb, for example #005a4e. A colour you set is used in dark mode too, and the check below is for a light page.",
  tokens: {
    accent: 'Accent colour',
    onAccent: 'Text on the accent colour',
    text: 'Text colour',
    surface: 'Background of cards',
  },
  tokenHints: {
    accent: 'Buttons, links and highlights. Empty: blue #0b5cad.',
    onAccent: 'The text on buttons. Empty: white.',
    text: "Empty: the page's text colour.",
    surface: "Empty: the page's background.",
  },
  colorInvalid: 'Write a colour as # and six (or three) digits 0–9 or letters a–f, e.g. #005a4e.',
  font: 'Font (optional)',
  fontHint: "Empty: your page's own font. A list as in CSS, e.g. 'Source Sans 3', sans-serif.",
  fontInvalid: 'Use only font names, quotes, commas and spaces.',
  radius: 'Corners',
  radii: {
    '': 'Slightly rounded (usual)',
    '0': 'Square',
    '0.25em': 'Barely rounded',
    '0.75em': 'Rounded',
    '1.5em': 'Very rounded',
  },
  contrastTitle: 'Contrast (WCAG 2.1 AA needs at least 4.5:1)',
  contrastOk: 'Passes',
  contrastFail: 'Too weak',
  contrastPair: {
    buttonText: 'Text on buttons',
    links: 'Links on the background',
    text: 'Text on the background',
  },
  ratio: (r) => `${r}:1`,
  contrastAdvice:
    'Some people will not be able to read this, and the site would not meet the accessibility requirements. Make one of the two colours darker or lighter.',
  widthLegend: 'Width on your site',
  widths: {
    phone: (px) => `Phone (${px} px)`,
    tablet: (px) => `Tablet or narrow column (${px} px)`,
    desktop: (px) => `Wide page (${px} px)`,
  },
  previewHint: 'The real element from this server, as your visitors will see it.',
  previewScaled: 'The real element from this server, shown smaller to fit here.',
  previewNoSend:
    'Nothing is sent from the preview: the form shows the confirmation a company sees, with a sample reference.',
  previewTitle: (name) => `Preview: ${name}`,
  codeHint:
    'Paste all of it into an HTML block (often called "HTML", "Embed" or "Source code") where the element should appear. The first line may go once per page, even with several elements.',
  codeLabel: 'Code to paste',
  copy: 'Copy the code',
  copied: 'Copied. Paste it into an HTML block on your page.',
  copyManually: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  siteHint:
    "Write your site's address to check that it may send forms, and to see the lines its security policy needs.",
  siteAddress: "Your site's address",
  siteAddressHint: 'For example https://www.norrhamn.se (a page address works too).',
  siteInvalid: 'Write an address such as https://www.example.se.',
  formsTitle: 'May your site send forms?',
  readsOnly: 'This element only shows public information: any site may show it.',
  allowedReminder:
    'A form only sends from sites on your organisation\'s list of allowed sites ("allowed origins").',
  adminAdds: 'You can add your site in',
  askAdmin: 'An admin of your organisation adds it in',
  orgSettings: 'Organisation settings',
  cannotCheck: 'The list could not be read, so it is not checked here.',
  otherReceiver:
    'The form sends to another organisation: its own list decides, and only its staff can see it.',
  allowedYes: 'Yes.',
  allowedYesText: (origin, org) => `${origin} is on ${org}'s list: its forms will arrive.`,
  allowedAny: 'Yes, for now.',
  allowedAnyText: (org) =>
    `${org} has no list yet, so forms are accepted from any site. An admin can limit it to your own sites.`,
  allowedNo: 'Not yet.',
  allowedNoText: (origin, org) =>
    `${origin} is not on ${org}'s list: a company would see that the site may not send. Add it first.`,
  checkAgain: 'Check again',
  cspTitle: 'Security policy (CSP)',
  cspIntro:
    'Many public sites have a Content Security Policy that lists where scripts, data and images may come from. If yours has one, your web team adds these sources to it:',
  copyPolicy: 'Copy these lines',
  copiedPolicy: "Copied. Give the lines to whoever looks after your site's security policy.",
  noUnsafeInline:
    "No 'unsafe-inline' and no 'unsafe-eval' are needed: the elements bring their styles as constructed stylesheets, which the policy does not restrict, and run no inline script.",
  styleHashHint:
    "The style-src line allows exactly your brand's <style> block. If your CMS changes that block (spaces, line breaks), the line no longer matches: then put the lines between <style> and </style> in your site's own stylesheet instead, and style-src needs nothing new.",
  cspWhole: 'A whole policy, for a page that has none yet:',
  trustedTypes:
    "If your policy requires Trusted Types (require-trusted-types-for 'script'), also allow the policy the elements use: trusted-types lit-html.",
};

const sv: M = {
  title: 'Sätt Entrypoint på er webbplats',
  lead: 'Välj vad som ska visas och hur det ser ut, kontrollera det i förhandsvisningen och kopiera koden. Den som redigerar er webbplats klistrar in den i ett HTML-block på en sida; ingen utvecklare behövs.',
  notForRole:
    'Det är administratörer och redaktörer som ställer in elementen för webbplatsen. Fråga någon av dem om något behöver ändras.',
  loadFailed: 'Organisationerna kunde inte läsas.',
  loading: 'Läser organisationerna…',
  retry: 'Försök igen',
  stepWhat: '1. Vad som ska visas',
  stepSettings: '2. Inställningar',
  stepBrand: '3. Er grafiska profil',
  stepPreview: '4. Förhandsvisning',
  stepCode: '5. Koden att klistra in',
  stepSite: '6. Vad webbplatsen behöver',
  elementLegend: 'Element',
  elements: {
    'ep-challenge-board': {
      name: 'Utmaningstavla',
      help: 'Era utmaningar med sökning och filter. Företag öppnar en och svarar.',
    },
    'ep-entry-form': {
      name: 'Formulär till ingången',
      help: 'Formuläret där ett företag skickar en idé, ett förslag eller en fråga till er.',
    },
    'ep-story-feed': {
      name: 'Berättelser',
      help: 'Era berättelser om det som fungerade, med länkar till nyhetsflödena.',
    },
    'ep-cluster-directory': {
      name: 'Klusterkatalog',
      help: 'Klusterorganisationer med deras branscher, medlemmar och partner.',
    },
  },
  language: 'Elementets språk',
  languageHint: 'Utan val talar elementet sidans eget språk.',
  languages: {
    page: 'Sidans språk',
    en: 'Engelska',
    sv: 'Svenska',
    nb: 'Norska (bokmål)',
    fi: 'Finska',
  },
  heading: 'Rubrik (valfri)',
  headingHint: 'En synlig rubrik ovanför elementet, med era egna ord.',
  headingLevel: 'Rubriknivå',
  headingLevelDefault: 'Nivå 2 (vanligast)',
  headingLevelN: (n) => `Nivå ${n}`,
  headingLevelHint: 'Följ sidans struktur: nivå 2 under sidans huvudrubrik.',
  via: (name) => `Ge ${name} äran för det som skickas från den här webbplatsen`,
  viaHint:
    'Mottagaren ser att ert kluster öppnade dörren. Det fungerar bara från era egna webbplatser (tillåtna ursprung).',
  region: 'Region (NUTS-kod, valfri)',
  regionHint: 'Bara den här regionen, till exempel SE2 eller SE224. Tomt: alla regioner.',
  regionInvalid:
    'Skriv en NUTS-kod: två versaler och upp till tre bokstäver eller siffror, t.ex. SE224.',
  countInvalid: 'Skriv ett heltal från 1 till 50.',
  owners: 'Vems utmaningar',
  ownersHint: 'Ingen markerad: utmaningarna från alla ägare på den här servern.',
  status: 'Status',
  statusHint: 'Visa bara utmaningar med den här statusen.',
  allStatuses: 'Alla statusar',
  statuses: {
    open: 'Öppen',
    'in-dialogue': 'I dialog',
    procurement: 'Upphandlas',
    solved: 'Löst',
    closed: 'Stängd',
  },
  theme: 'Tema',
  themeHint: 'Visa bara utmaningar inom det här temat.',
  allThemes: 'Alla teman',
  themes: themeNames.sv,
  pageSize: 'Antal utmaningar som visas först (valfritt)',
  pageSizeHint: 'Sedan "Visa fler". Tomt: 12.',
  receiver: 'Vem som tar emot det som skickas',
  receiverHint: 'Organisationen vars inkorg formuläret skickar till.',
  receiverMissing: 'Välj vem som tar emot det som skickas.',
  choose: 'Välj…',
  challenge: 'Utmaning (valfri)',
  challengeHint: 'För en sida om en enda utmaning. Tomt: företaget skriver om vad som helst.',
  anyChallenge: 'Ingen särskild utmaning',
  privacyUrl: 'Adress till er integritetspolicy',
  privacyHint:
    'Formuläret länkar till den innan något skickas. En hel adress eller en sökväg som /integritet.',
  privacyInvalid: 'Skriv en adress som börjar med https://, http:// eller /.',
  storiesFrom: 'Berättelser från',
  allOwners: 'Alla ägare',
  limit: 'Antal berättelser (valfritt)',
  limitHint: 'Tomt: 6.',
  layout: 'Utseende',
  layoutList: 'En lista',
  layoutGrid: 'Ett rutnät av kort',
  sector: 'Börja med bransch',
  sectorHint: 'Besökarna kan ändra den.',
  allSectors: 'Alla branscher',
  country: 'Börja med land',
  allCountries: 'Alla länder',
  brandHint:
    'Lämna ett fält tomt för att behålla elementets egna tillgängliga färger (de följer också mörkt läge). Färger som #rrggbb, till exempel #005a4e. En färg ni anger används också i mörkt läge, och kontrollen nedan gäller en ljus sida.',
  tokens: {
    accent: 'Accentfärg',
    onAccent: 'Text på accentfärgen',
    text: 'Textfärg',
    surface: 'Bakgrund på kort',
  },
  tokenHints: {
    accent: 'Knappar, länkar och markeringar. Tomt: blå #0b5cad.',
    onAccent: 'Texten på knappar. Tomt: vit.',
    text: 'Tomt: sidans textfärg.',
    surface: 'Tomt: sidans bakgrund.',
  },
  colorInvalid: 'Skriv en färg som # och sex (eller tre) tecken 0–9 eller a–f, t.ex. #005a4e.',
  font: 'Typsnitt (valfritt)',
  fontHint: "Tomt: sidans eget typsnitt. En lista som i CSS, t.ex. 'Source Sans 3', sans-serif.",
  fontInvalid: 'Använd bara namn på typsnitt, citattecken, kommatecken och mellanslag.',
  radius: 'Hörn',
  radii: {
    '': 'Lätt rundade (vanligast)',
    '0': 'Fyrkantiga',
    '0.25em': 'Knappt rundade',
    '0.75em': 'Rundade',
    '1.5em': 'Mycket rundade',
  },
  contrastTitle: 'Kontrast (WCAG 2.1 AA kräver minst 4,5:1)',
  contrastOk: 'Godkänd',
  contrastFail: 'För svag',
  contrastPair: {
    buttonText: 'Text på knappar',
    links: 'Länkar på bakgrunden',
    text: 'Text på bakgrunden',
  },
  ratio: (r) => `${r}:1`,
  contrastAdvice:
    'En del människor kommer inte att kunna läsa det här, och webbplatsen skulle inte uppfylla tillgänglighetskraven. Gör en av de två färgerna mörkare eller ljusare.',
  widthLegend: 'Bredd på er webbplats',
  widths: {
    phone: (px) => `Mobil (${px} px)`,
    tablet: (px) => `Surfplatta eller smal spalt (${px} px)`,
    desktop: (px) => `Bred sida (${px} px)`,
  },
  previewHint: 'Det riktiga elementet från den här servern, som era besökare kommer att se det.',
  previewScaled: 'Det riktiga elementet från den här servern, förminskat för att få plats här.',
  previewNoSend:
    'Inget skickas från förhandsvisningen: formuläret visar bekräftelsen som ett företag ser, med ett exempel på referens.',
  previewTitle: (name) => `Förhandsvisning: ${name}`,
  codeHint:
    'Klistra in allt i ett HTML-block (ofta kallat "HTML", "Inbäddning" eller "Källkod") där elementet ska synas. Första raden räcker en gång per sida, även med flera element.',
  codeLabel: 'Kod att klistra in',
  copy: 'Kopiera koden',
  copied: 'Kopierat. Klistra in det i ett HTML-block på sidan.',
  copyManually: 'Koden är markerad: tryck Ctrl+C (⌘C på Mac) för att kopiera den.',
  siteHint:
    'Skriv er webbplats adress för att kontrollera att den får skicka formulär och för att se raderna som dess säkerhetspolicy behöver.',
  siteAddress: 'Er webbplats adress',
  siteAddressHint: 'Till exempel https://www.norrhamn.se (en sidas adress fungerar också).',
  siteInvalid: 'Skriv en adress som https://www.exempel.se.',
  formsTitle: 'Får er webbplats skicka formulär?',
  readsOnly: 'Det här elementet visar bara offentlig information: alla webbplatser får visa det.',
  allowedReminder:
    'Ett formulär skickar bara från webbplatser på organisationens lista över tillåtna webbplatser ("tillåtna ursprung").',
  adminAdds: 'Ni kan lägga till webbplatsen under',
  askAdmin: 'En administratör i organisationen lägger till den under',
  orgSettings: 'Organisationens inställningar',
  cannotCheck: 'Listan kunde inte läsas, så den kontrolleras inte här.',
  otherReceiver:
    'Formuläret skickar till en annan organisation: dess egen lista avgör, och bara dess personal kan se den.',
  allowedYes: 'Ja.',
  allowedYesText: (origin, org) => `${origin} finns på listan för ${org}: formulären kommer fram.`,
  allowedAny: 'Ja, för tillfället.',
  allowedAnyText: (org) =>
    `${org} har ingen lista ännu, så formulär tas emot från alla webbplatser. En administratör kan begränsa det till era egna webbplatser.`,
  allowedNo: 'Inte än.',
  allowedNoText: (origin, org) =>
    `${origin} finns inte på listan för ${org}: ett företag skulle få se att webbplatsen inte får skicka. Lägg till den först.`,
  checkAgain: 'Kontrollera igen',
  cspTitle: 'Säkerhetspolicy (CSP)',
  cspIntro:
    'Många offentliga webbplatser har en Content Security Policy som anger varifrån skript, data och bilder får komma. Om er har en lägger webbteamet till de här källorna:',
  copyPolicy: 'Kopiera raderna',
  copiedPolicy: 'Kopierat. Ge raderna till den som sköter webbplatsens säkerhetspolicy.',
  noUnsafeInline:
    "Varken 'unsafe-inline' eller 'unsafe-eval' behövs: elementen har sina stilar som konstruerade stilmallar, som policyn inte begränsar, och kör inga inbäddade skript.",
  styleHashHint:
    'Raden style-src tillåter exakt blocket <style> med er grafiska profil. Om ert publiceringssystem ändrar blocket (mellanslag, radbrytningar) stämmer raden inte längre: lägg då raderna mellan <style> och </style> i webbplatsens egen stilmall i stället, så behöver style-src inget nytt.',
  cspWhole: 'En hel policy, för en sida som ännu inte har någon:',
  trustedTypes:
    "Om er policy kräver Trusted Types (require-trusted-types-for 'script'), tillåt också policyn som elementen använder: trusted-types lit-html.",
};

const nb: M = {
  title: 'Sett Entrypoint på nettstedet deres',
  lead: 'Velg hva som skal vises og hvordan det ser ut, sjekk det i forhåndsvisningen og kopier koden. Den som redigerer nettstedet limer den inn i en HTML-blokk på en side; ingen utvikler trengs.',
  notForRole:
    'Det er administratorer og redaktører som setter opp elementene for nettstedet. Spør en av dem hvis noe må endres.',
  loadFailed: 'Organisasjonene kunne ikke leses.',
  loading: 'Leser organisasjonene …',
  retry: 'Prøv igjen',
  stepWhat: '1. Hva som skal vises',
  stepSettings: '2. Innstillinger',
  stepBrand: '3. Deres visuelle profil',
  stepPreview: '4. Forhåndsvisning',
  stepCode: '5. Koden som skal limes inn',
  stepSite: '6. Hva nettstedet trenger',
  elementLegend: 'Element',
  elements: {
    'ep-challenge-board': {
      name: 'Utfordringstavle',
      help: 'Utfordringene deres med søk og filtre. Bedrifter åpner én og svarer.',
    },
    'ep-entry-form': {
      name: 'Skjema til inngangen',
      help: 'Skjemaet der en bedrift sender en idé, et forslag eller et spørsmål til dere.',
    },
    'ep-story-feed': {
      name: 'Historier',
      help: 'Historiene deres om det som virket, med lenker til nyhetsstrømmene.',
    },
    'ep-cluster-directory': {
      name: 'Klyngekatalog',
      help: 'Klyngeorganisasjoner med bransjer, medlemmer og partnere.',
    },
  },
  language: 'Elementets språk',
  languageHint: 'Uten valg bruker elementet sidens eget språk.',
  languages: {
    page: 'Sidens språk',
    en: 'Engelsk',
    sv: 'Svensk',
    nb: 'Norsk (bokmål)',
    fi: 'Finsk',
  },
  heading: 'Overskrift (valgfri)',
  headingHint: 'En synlig overskrift over elementet, med deres egne ord.',
  headingLevel: 'Overskriftsnivå',
  headingLevelDefault: 'Nivå 2 (vanligst)',
  headingLevelN: (n) => `Nivå ${n}`,
  headingLevelHint: 'Følg sidens struktur: nivå 2 under sidens hovedoverskrift.',
  via: (name) => `Gi ${name} æren for det som sendes fra dette nettstedet`,
  viaHint:
    'Mottakeren ser at klyngen deres åpnet døren. Det virker bare fra deres egne nettsteder (tillatte opprinnelser).',
  region: 'Region (NUTS-kode, valgfri)',
  regionHint: 'Bare denne regionen, for eksempel NO0 eller NO081. Tomt: alle regioner.',
  regionInvalid:
    'Skriv en NUTS-kode: to store bokstaver og opptil tre bokstaver eller sifre, f.eks. NO081.',
  countInvalid: 'Skriv et heltall fra 1 til 50.',
  owners: 'Hvem sine utfordringer',
  ownersHint: 'Ingen krysset av: utfordringene fra alle eiere på denne serveren.',
  status: 'Status',
  statusHint: 'Vis bare utfordringer med denne statusen.',
  allStatuses: 'Alle statuser',
  statuses: {
    open: 'Åpen',
    'in-dialogue': 'I dialog',
    procurement: 'Under anskaffelse',
    solved: 'Løst',
    closed: 'Lukket',
  },
  theme: 'Tema',
  themeHint: 'Vis bare utfordringer innenfor dette temaet.',
  allThemes: 'Alle temaer',
  themes: themeNames.nb,
  pageSize: 'Antall utfordringer som vises først (valgfritt)',
  pageSizeHint: 'Deretter «Vis flere». Tomt: 12.',
  receiver: 'Hvem som mottar det som sendes',
  receiverHint: 'Organisasjonen som skjemaet sender til innboksen til.',
  receiverMissing: 'Velg hvem som mottar det som sendes.',
  choose: 'Velg …',
  challenge: 'Utfordring (valgfri)',
  challengeHint: 'For en side om én utfordring. Tomt: bedriften skriver om hva som helst.',
  anyChallenge: 'Ingen bestemt utfordring',
  privacyUrl: 'Adressen til personvernerklæringen deres',
  privacyHint:
    'Skjemaet lenker til den før noe sendes. En full adresse eller en sti som /personvern.',
  privacyInvalid: 'Skriv en adresse som begynner med https://, http:// eller /.',
  storiesFrom: 'Historier fra',
  allOwners: 'Alle eiere',
  limit: 'Antall historier (valgfritt)',
  limitHint: 'Tomt: 6.',
  layout: 'Oppsett',
  layoutList: 'En liste',
  layoutGrid: 'Et rutenett av kort',
  sector: 'Start med bransje',
  sectorHint: 'Besøkende kan endre den.',
  allSectors: 'Alle bransjer',
  country: 'Start med land',
  allCountries: 'Alle land',
  brandHint:
    'La et felt stå tomt for å beholde elementets egne tilgjengelige farger (de følger også mørk modus). Farger som #rrggbb, for eksempel #005a4e. En farge dere angir, brukes også i mørk modus, og sjekken nedenfor gjelder en lys side.',
  tokens: {
    accent: 'Aksentfarge',
    onAccent: 'Tekst på aksentfargen',
    text: 'Tekstfarge',
    surface: 'Bakgrunn på kort',
  },
  tokenHints: {
    accent: 'Knapper, lenker og markeringer. Tomt: blå #0b5cad.',
    onAccent: 'Teksten på knapper. Tomt: hvit.',
    text: 'Tomt: sidens tekstfarge.',
    surface: 'Tomt: sidens bakgrunn.',
  },
  colorInvalid: 'Skriv en farge som # og seks (eller tre) tegn 0–9 eller a–f, f.eks. #005a4e.',
  font: 'Skrifttype (valgfri)',
  fontHint: "Tomt: sidens egen skrifttype. En liste som i CSS, f.eks. 'Source Sans 3', sans-serif.",
  fontInvalid: 'Bruk bare navn på skrifttyper, anførselstegn, komma og mellomrom.',
  radius: 'Hjørner',
  radii: {
    '': 'Litt avrundet (vanligst)',
    '0': 'Firkantet',
    '0.25em': 'Knapt avrundet',
    '0.75em': 'Avrundet',
    '1.5em': 'Svært avrundet',
  },
  contrastTitle: 'Kontrast (WCAG 2.1 AA krever minst 4,5:1)',
  contrastOk: 'Godkjent',
  contrastFail: 'For svak',
  contrastPair: {
    buttonText: 'Tekst på knapper',
    links: 'Lenker på bakgrunnen',
    text: 'Tekst på bakgrunnen',
  },
  ratio: (r) => `${r}:1`,
  contrastAdvice:
    'Noen vil ikke kunne lese dette, og nettstedet ville ikke oppfylle kravene til universell utforming. Gjør en av de to fargene mørkere eller lysere.',
  widthLegend: 'Bredde på nettstedet',
  widths: {
    phone: (px) => `Mobil (${px} px)`,
    tablet: (px) => `Nettbrett eller smal spalte (${px} px)`,
    desktop: (px) => `Bred side (${px} px)`,
  },
  previewHint: 'Det ekte elementet fra denne serveren, slik de besøkende vil se det.',
  previewScaled: 'Det ekte elementet fra denne serveren, vist mindre for å få plass her.',
  previewNoSend:
    'Ingenting sendes fra forhåndsvisningen: skjemaet viser bekreftelsen en bedrift ser, med en eksempelreferanse.',
  previewTitle: (name) => `Forhåndsvisning: ${name}`,
  codeHint:
    'Lim inn alt i en HTML-blokk (ofte kalt «HTML», «Innebygging» eller «Kildekode») der elementet skal vises. Den første linjen trengs bare én gang per side, også med flere elementer.',
  codeLabel: 'Kode som skal limes inn',
  copy: 'Kopier koden',
  copied: 'Kopiert. Lim den inn i en HTML-blokk på siden.',
  copyManually: 'Koden er merket: trykk Ctrl+C (⌘C på Mac) for å kopiere den.',
  siteHint:
    'Skriv adressen til nettstedet for å sjekke at det kan sende skjemaer, og for å se linjene sikkerhetspolicyen trenger.',
  siteAddress: 'Adressen til nettstedet',
  siteAddressHint: 'For eksempel https://www.fjordvik.no (adressen til en side virker også).',
  siteInvalid: 'Skriv en adresse som https://www.eksempel.no.',
  formsTitle: 'Kan nettstedet sende skjemaer?',
  readsOnly: 'Dette elementet viser bare offentlig informasjon: alle nettsteder kan vise det.',
  allowedReminder:
    'Et skjema sender bare fra nettsteder på organisasjonens liste over tillatte nettsteder («tillatte opprinnelser»).',
  adminAdds: 'Dere kan legge til nettstedet under',
  askAdmin: 'En administrator i organisasjonen legger det til under',
  orgSettings: 'Organisasjonens innstillinger',
  cannotCheck: 'Listen kunne ikke leses, så den sjekkes ikke her.',
  otherReceiver:
    'Skjemaet sender til en annen organisasjon: dens egen liste avgjør, og bare dens ansatte kan se den.',
  allowedYes: 'Ja.',
  allowedYesText: (origin, org) => `${origin} står på listen til ${org}: skjemaene kommer fram.`,
  allowedAny: 'Ja, foreløpig.',
  allowedAnyText: (org) =>
    `${org} har ingen liste ennå, så skjemaer tas imot fra alle nettsteder. En administrator kan begrense det til deres egne nettsteder.`,
  allowedNo: 'Ikke ennå.',
  allowedNoText: (origin, org) =>
    `${origin} står ikke på listen til ${org}: en bedrift ville fått se at nettstedet ikke kan sende. Legg det til først.`,
  checkAgain: 'Sjekk igjen',
  cspTitle: 'Sikkerhetspolicy (CSP)',
  cspIntro:
    'Mange offentlige nettsteder har en Content Security Policy som sier hvor skript, data og bilder kan komme fra. Hvis deres har en, legger webteamet til disse kildene:',
  copyPolicy: 'Kopier linjene',
  copiedPolicy: 'Kopiert. Gi linjene til den som har ansvar for nettstedets sikkerhetspolicy.',
  noUnsafeInline:
    "Verken 'unsafe-inline' eller 'unsafe-eval' trengs: elementene har stilene sine som konstruerte stilark, som policyen ikke begrenser, og kjører ingen innebygde skript.",
  styleHashHint:
    'Linjen style-src tillater nøyaktig <style>-blokken med den visuelle profilen deres. Hvis publiseringssystemet endrer blokken (mellomrom, linjeskift), stemmer linjen ikke lenger: legg da linjene mellom <style> og </style> i nettstedets eget stilark i stedet, så trenger style-src ikke noe nytt.',
  cspWhole: 'En hel policy, for en side som ikke har noen ennå:',
  trustedTypes:
    "Hvis policyen krever Trusted Types (require-trusted-types-for 'script'), tillat også policyen elementene bruker: trusted-types lit-html.",
};

const fi: M = {
  title: 'Entrypoint omalle verkkosivustollenne',
  lead: 'Valitse, mitä näytetään ja miltä se näyttää, tarkista esikatselusta ja kopioi koodi. Sivustonne päivittäjä liittää sen sivun HTML-lohkoon; kehittäjää ei tarvita.',
  notForRole:
    'Elementit sivustolle ottavat käyttöön ylläpitäjät ja toimittajat. Pyydä heiltä, jos jotain pitää muuttaa.',
  loadFailed: 'Organisaatioita ei voitu lukea.',
  loading: 'Luetaan organisaatioita…',
  retry: 'Yritä uudelleen',
  stepWhat: '1. Mitä näytetään',
  stepSettings: '2. Asetukset',
  stepBrand: '3. Oma ilme',
  stepPreview: '4. Esikatselu',
  stepCode: '5. Liitettävä koodi',
  stepSite: '6. Mitä sivusto tarvitsee',
  elementLegend: 'Elementti',
  elements: {
    'ep-challenge-board': {
      name: 'Haastetaulu',
      help: 'Haasteenne haun ja suodattimien kanssa. Yritykset avaavat haasteen ja vastaavat.',
    },
    'ep-entry-form': {
      name: 'Yhteydenottolomake',
      help: 'Lomake, jolla yritys lähettää teille idean, ehdotuksen tai kysymyksen.',
    },
    'ep-story-feed': {
      name: 'Tarinat',
      help: 'Tarinanne siitä, mikä toimi, ja linkit uutissyötteisiin.',
    },
    'ep-cluster-directory': {
      name: 'Klusterihakemisto',
      help: 'Klusteriorganisaatiot toimialoineen, jäsenineen ja kumppaneineen.',
    },
  },
  language: 'Elementin kieli',
  languageHint: 'Jos kieltä ei valita, elementti käyttää sivun omaa kieltä.',
  languages: {
    page: 'Sivun kieli',
    en: 'englanti',
    sv: 'ruotsi',
    nb: 'norja (bokmål)',
    fi: 'suomi',
  },
  heading: 'Otsikko (vapaaehtoinen)',
  headingHint: 'Näkyvä otsikko elementin yläpuolella, omin sanoin.',
  headingLevel: 'Otsikkotaso',
  headingLevelDefault: 'Taso 2 (tavallisin)',
  headingLevelN: (n) => `Taso ${n}`,
  headingLevelHint: 'Noudata sivun rakennetta: taso 2 sivun pääotsikon alla.',
  via: (name) => `Merkitse tältä sivustolta lähetetyt ${name} -klusterin avaamiksi`,
  viaHint:
    'Vastaanottaja näkee, että klusterinne avasi oven. Toimii vain omilta sivustoiltanne (sallitut alkuperät).',
  region: 'Alue (NUTS-koodi, vapaaehtoinen)',
  regionHint: 'Vain tämä alue, esimerkiksi FI1 tai FI1B1. Tyhjä: kaikki alueet.',
  regionInvalid:
    'Kirjoita NUTS-koodi: kaksi isoa kirjainta ja enintään kolme kirjainta tai numeroa, esim. FI1B1.',
  countInvalid: 'Kirjoita kokonaisluku 1–50.',
  owners: 'Kenen haasteet',
  ownersHint: 'Jos mitään ei ole valittu: kaikkien tämän palvelimen omistajien haasteet.',
  status: 'Tila',
  statusHint: 'Näytä vain haasteet, joilla on tämä tila.',
  allStatuses: 'Kaikki tilat',
  statuses: {
    open: 'Avoin',
    'in-dialogue': 'Vuoropuhelussa',
    procurement: 'Hankinnassa',
    solved: 'Ratkaistu',
    closed: 'Suljettu',
  },
  theme: 'Teema',
  themeHint: 'Näytä vain tämän teeman haasteet.',
  allThemes: 'Kaikki teemat',
  themes: themeNames.fi,
  pageSize: 'Ensin näytettävien haasteiden määrä (vapaaehtoinen)',
  pageSizeHint: 'Sitten ”Näytä lisää”. Tyhjä: 12.',
  receiver: 'Kuka vastaanottaa lähetetyn',
  receiverHint: 'Organisaatio, jonka saapuneisiin lomake lähettää.',
  receiverMissing: 'Valitse, kuka vastaanottaa lähetetyn.',
  choose: 'Valitse…',
  challenge: 'Haaste (vapaaehtoinen)',
  challengeHint: 'Yhden haasteen sivulle. Tyhjä: yritys voi kirjoittaa mistä tahansa.',
  anyChallenge: 'Ei tiettyä haastetta',
  privacyUrl: 'Tietosuojaselosteenne osoite',
  privacyHint:
    'Lomake linkittää siihen ennen lähettämistä. Koko osoite tai polku, kuten /tietosuoja.',
  privacyInvalid: 'Kirjoita osoite, joka alkaa https://, http:// tai /.',
  storiesFrom: 'Tarinat omistajalta',
  allOwners: 'Kaikki omistajat',
  limit: 'Tarinoiden määrä (vapaaehtoinen)',
  limitHint: 'Tyhjä: 6.',
  layout: 'Asettelu',
  layoutList: 'Luettelo',
  layoutGrid: 'Korttiruudukko',
  sector: 'Aloita toimialasta',
  sectorHint: 'Kävijät voivat vaihtaa sen.',
  allSectors: 'Kaikki toimialat',
  country: 'Aloita maasta',
  allCountries: 'Kaikki maat',
  brandHint:
    'Jätä kenttä tyhjäksi, niin elementti käyttää omia saavutettavia värejään (ne seuraavat myös tummaa tilaa). Värit muodossa #rrggbb, esimerkiksi #005a4e. Antamanne väri on käytössä myös tummassa tilassa, ja alla oleva tarkistus koskee vaaleaa sivua.',
  tokens: {
    accent: 'Korostusväri',
    onAccent: 'Teksti korostusvärin päällä',
    text: 'Tekstin väri',
    surface: 'Korttien tausta',
  },
  tokenHints: {
    accent: 'Painikkeet, linkit ja korostukset. Tyhjä: sininen #0b5cad.',
    onAccent: 'Painikkeiden teksti. Tyhjä: valkoinen.',
    text: 'Tyhjä: sivun tekstin väri.',
    surface: 'Tyhjä: sivun tausta.',
  },
  colorInvalid: 'Kirjoita väri muodossa # ja kuusi (tai kolme) merkkiä 0–9 tai a–f, esim. #005a4e.',
  font: 'Fontti (vapaaehtoinen)',
  fontHint: "Tyhjä: sivun oma fontti. Luettelo kuten CSS:ssä, esim. 'Source Sans 3', sans-serif.",
  fontInvalid: 'Käytä vain fonttien nimiä, lainausmerkkejä, pilkkuja ja välilyöntejä.',
  radius: 'Kulmat',
  radii: {
    '': 'Hieman pyöristetyt (tavallisin)',
    '0': 'Suorat',
    '0.25em': 'Tuskin pyöristetyt',
    '0.75em': 'Pyöristetyt',
    '1.5em': 'Hyvin pyöristetyt',
  },
  contrastTitle: 'Kontrasti (WCAG 2.1 AA vaatii vähintään 4,5:1)',
  contrastOk: 'Riittää',
  contrastFail: 'Liian heikko',
  contrastPair: {
    buttonText: 'Painikkeiden teksti',
    links: 'Linkit taustaa vasten',
    text: 'Teksti taustaa vasten',
  },
  ratio: (r) => `${r}:1`,
  contrastAdvice:
    'Kaikki eivät pysty lukemaan tätä, eikä sivusto täyttäisi saavutettavuusvaatimuksia. Tummenna tai vaalenna toista väreistä.',
  widthLegend: 'Leveys sivustollanne',
  widths: {
    phone: (px) => `Puhelin (${px} px)`,
    tablet: (px) => `Tabletti tai kapea palsta (${px} px)`,
    desktop: (px) => `Leveä sivu (${px} px)`,
  },
  previewHint: 'Oikea elementti tältä palvelimelta, sellaisena kuin kävijät sen näkevät.',
  previewScaled: 'Oikea elementti tältä palvelimelta, pienennettynä, jotta se mahtuu tähän.',
  previewNoSend:
    'Esikatselusta ei lähetetä mitään: lomake näyttää yrityksen näkemän vahvistuksen esimerkkiviitteellä.',
  previewTitle: (name) => `Esikatselu: ${name}`,
  codeHint:
    'Liitä kaikki HTML-lohkoon (usein nimeltään ”HTML”, ”Upotus” tai ”Lähdekoodi”) kohtaan, jossa elementin pitää näkyä. Ensimmäinen rivi riittää kerran sivulla, vaikka elementtejä olisi useita.',
  codeLabel: 'Liitettävä koodi',
  copy: 'Kopioi koodi',
  copied: 'Kopioitu. Liitä se sivun HTML-lohkoon.',
  copyManually: 'Koodi on valittuna: kopioi se painamalla Ctrl+C (Macissa ⌘C).',
  siteHint:
    'Kirjoita sivustonne osoite, niin näet, saako se lähettää lomakkeita ja mitä rivejä sen tietoturvakäytäntö tarvitsee.',
  siteAddress: 'Sivustonne osoite',
  siteAddressHint: 'Esimerkiksi https://www.kustlanda.fi (myös sivun osoite käy).',
  siteInvalid: 'Kirjoita osoite, kuten https://www.esimerkki.fi.',
  formsTitle: 'Saako sivustonne lähettää lomakkeita?',
  readsOnly: 'Tämä elementti näyttää vain julkista tietoa: mikä tahansa sivusto saa näyttää sen.',
  allowedReminder:
    'Lomake lähettää vain sivustoilta, jotka ovat organisaationne sallittujen sivustojen luettelossa (”sallitut alkuperät”).',
  adminAdds: 'Voitte lisätä sivuston kohdassa',
  askAdmin: 'Organisaationne ylläpitäjä lisää sen kohdassa',
  orgSettings: 'Organisaation asetukset',
  cannotCheck: 'Luetteloa ei voitu lukea, joten sitä ei tarkisteta tässä.',
  otherReceiver:
    'Lomake lähettää toiselle organisaatiolle: sen oma luettelo ratkaisee, ja vain sen henkilöstö näkee sen.',
  allowedYes: 'Kyllä.',
  allowedYesText: (origin, org) =>
    `${origin} on organisaation ${org} luettelossa: lomakkeet tulevat perille.`,
  allowedAny: 'Kyllä, toistaiseksi.',
  allowedAnyText: (org) =>
    `Organisaatiolla ${org} ei ole vielä luetteloa, joten lomakkeita otetaan vastaan miltä tahansa sivustolta. Ylläpitäjä voi rajata sen omiin sivustoihinne.`,
  allowedNo: 'Ei vielä.',
  allowedNoText: (origin, org) =>
    `${origin} ei ole organisaation ${org} luettelossa: yritys näkisi, ettei sivusto saa lähettää. Lisää se ensin.`,
  checkAgain: 'Tarkista uudelleen',
  cspTitle: 'Tietoturvakäytäntö (CSP)',
  cspIntro:
    'Monella julkisella sivustolla on Content Security Policy, joka kertoo, mistä skriptit, tiedot ja kuvat saavat tulla. Jos teillä on sellainen, verkkotiiminne lisää siihen nämä lähteet:',
  copyPolicy: 'Kopioi rivit',
  copiedPolicy: 'Kopioitu. Anna rivit sille, joka huolehtii sivuston tietoturvakäytännöstä.',
  noUnsafeInline:
    "'unsafe-inline'- tai 'unsafe-eval'-sääntöä ei tarvita: elementtien tyylit ovat rakennettuja tyylitiedostoja, joita käytäntö ei rajoita, eivätkä ne aja upotettuja skriptejä.",
  styleHashHint:
    'Rivi style-src sallii täsmälleen ilmeenne <style>-lohkon. Jos julkaisujärjestelmä muuttaa lohkoa (välilyönnit, rivinvaihdot), rivi ei enää täsmää: siirrä silloin rivit <style>- ja </style>-tunnisteiden välistä sivuston omaan tyylitiedostoon, niin style-src ei tarvitse mitään uutta.',
  cspWhole: 'Kokonainen käytäntö sivulle, jolla sitä ei vielä ole:',
  trustedTypes:
    "Jos käytäntönne vaatii Trusted Types -suojauksen (require-trusted-types-for 'script'), salli myös elementtien käyttämä käytäntö: trusted-types lit-html.",
};

export const strings: Catalogue<M> = { en, sv, nb, fi };
