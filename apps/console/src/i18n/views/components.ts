/**
 * Strings of the editor's components: the code picker
 * (components/code-picker.ts), the preview (components/challenge-preview.ts)
 * and the share links (components/draft-share.ts).
 */
import type { Catalogue } from '../index.js';

export interface ComponentMessages {
  picker: {
    hint: string;
    loading: string;
    loadError: string;
    retry: string;
    matches: (n: number) => string;
    firstOf: (shown: number, n: number) => string;
    noMatches: string;
    picked: (label: string) => string;
    remove: (name: string) => string;
    added: (name: string) => string;
    removed: (name: string) => string;
    level: (n: number) => string;
    notInList: string;
    /** Said under the CPV picker when its names are not in the UI language. */
    englishNames: string;
  };
  preview: {
    region: (width: string) => string;
    phone: string;
    desktop: string;
    loading: string;
    loadError: string;
    empty: string;
  };
  share: {
    heading: string;
    intro: string;
    days: string;
    dayCount: (n: number) => string;
    make: string;
    making: string;
    made: string;
    madeNote: string;
    link: string;
    copy: string;
    copied: string;
    copyFailed: string;
    listHeading: string;
    none: string;
    loading: string;
    loadError: string;
    retry: string;
    active: (date: string) => string;
    expired: (date: string) => string;
    revoked: string;
    madeOn: (date: string) => string;
    withdraw: string;
    withdrawLabel: (date: string) => string;
    withdrawn: string;
    saveFirst: string;
    notAllowed: string;
  };
}

const en: ComponentMessages = {
  picker: {
    hint: 'Type a name or a code. The arrow keys move through the matches, Enter picks one, Escape closes the list.',
    loading: 'Loading the list…',
    loadError: 'The list could not be loaded.',
    retry: 'Try again',
    matches: (n) => (n === 1 ? '1 match' : `${n} matches`),
    firstOf: (shown, n) => `The first ${shown} of ${n} matches. Type more to narrow them down.`,
    noMatches: 'No matches. Try another word or a code.',
    picked: (label) => `Chosen: ${label}`,
    remove: (name) => `Remove ${name}`,
    added: (name) => `Added: ${name}`,
    removed: (name) => `Removed: ${name}`,
    level: (n) => (n === 0 ? 'Country' : `NUTS ${n}`),
    notInList: 'Not in the list',
    englishNames: '',
  },
  preview: {
    region: (width) => `Preview at ${width} width`,
    phone: 'phone',
    desktop: 'desktop',
    loading: 'Loading the preview…',
    loadError: 'The preview could not be shown.',
    empty: 'Nothing to preview yet: give the challenge a title.',
  },
  share: {
    heading: 'Share a preview link',
    intro:
      'A link that shows this challenge as it is saved, before it is published, to someone without an account. It works until it expires or you withdraw it. Anyone who has the link can see the challenge.',
    days: 'The link works for',
    dayCount: (n) => (n === 1 ? '1 day' : `${n} days`),
    make: 'Make a link',
    making: 'Making the link…',
    made: 'The new link',
    madeNote: 'Copy it now: it is shown only this once.',
    link: 'Link',
    copy: 'Copy the link',
    copied: 'The link is copied.',
    copyFailed: 'The link could not be copied. Select it and copy it yourself.',
    listHeading: 'Links made',
    none: 'No links made yet.',
    loading: 'Loading the links…',
    loadError: 'The links could not be loaded.',
    retry: 'Try again',
    active: (date) => `Works until ${date}`,
    expired: (date) => `Expired ${date}`,
    revoked: 'Withdrawn',
    madeOn: (date) => `Made ${date}`,
    withdraw: 'Withdraw',
    withdrawLabel: (date) => `Withdraw the link made ${date}`,
    withdrawn: 'The link is withdrawn. It no longer works.',
    saveFirst: 'Save the challenge first. Then you can share a link to it.',
    notAllowed: 'Only editors and admins can share links to challenges that are not published.',
  },
};

const sv: ComponentMessages = {
  picker: {
    hint: 'Skriv ett namn eller en kod. Piltangenterna flyttar mellan träffarna, Enter väljer, Escape stänger listan.',
    loading: 'Hämtar listan…',
    loadError: 'Listan gick inte att hämta.',
    retry: 'Försök igen',
    matches: (n) => (n === 1 ? '1 träff' : `${n} träffar`),
    firstOf: (shown, n) => `De första ${shown} av ${n} träffar. Skriv mer för att få färre.`,
    noMatches: 'Inga träffar. Prova ett annat ord eller en kod.',
    picked: (label) => `Valda: ${label}`,
    remove: (name) => `Ta bort ${name}`,
    added: (name) => `Tillagd: ${name}`,
    removed: (name) => `Borttagen: ${name}`,
    level: (n) => (n === 0 ? 'Land' : `NUTS ${n}`),
    notInList: 'Finns inte i listan',
    englishNames: '',
  },
  preview: {
    region: (width) => `Förhandsvisning i ${width}`,
    phone: 'mobilbredd',
    desktop: 'datorbredd',
    loading: 'Laddar förhandsvisningen…',
    loadError: 'Förhandsvisningen gick inte att visa.',
    empty: 'Inget att förhandsvisa än: ge utmaningen en rubrik.',
  },
  share: {
    heading: 'Dela en länk till förhandsvisningen',
    intro:
      'En länk som visar utmaningen som den är sparad, innan den publiceras, för någon som inte har ett konto. Den fungerar tills den går ut eller du drar tillbaka den. Alla som har länken kan se utmaningen.',
    days: 'Länken fungerar i',
    dayCount: (n) => (n === 1 ? '1 dag' : `${n} dagar`),
    make: 'Skapa en länk',
    making: 'Skapar länken…',
    made: 'Den nya länken',
    madeNote: 'Kopiera den nu: den visas bara den här gången.',
    link: 'Länk',
    copy: 'Kopiera länken',
    copied: 'Länken är kopierad.',
    copyFailed: 'Länken gick inte att kopiera. Markera den och kopiera den själv.',
    listHeading: 'Skapade länkar',
    none: 'Inga länkar än.',
    loading: 'Hämtar länkarna…',
    loadError: 'Länkarna gick inte att hämta.',
    retry: 'Försök igen',
    active: (date) => `Fungerar till ${date}`,
    expired: (date) => `Gick ut ${date}`,
    revoked: 'Tillbakadragen',
    madeOn: (date) => `Skapad ${date}`,
    withdraw: 'Dra tillbaka',
    withdrawLabel: (date) => `Dra tillbaka länken som skapades ${date}`,
    withdrawn: 'Länken är tillbakadragen. Den fungerar inte längre.',
    saveFirst: 'Spara utmaningen först. Sedan kan du dela en länk till den.',
    notAllowed:
      'Bara redaktörer och administratörer kan dela länkar till utmaningar som inte är publicerade.',
  },
};

const nb: ComponentMessages = {
  picker: {
    hint: 'Skriv et navn eller en kode. Piltastene flytter mellom treffene, Enter velger, Escape lukker listen.',
    loading: 'Henter listen…',
    loadError: 'Listen kunne ikke hentes.',
    retry: 'Prøv igjen',
    matches: (n) => (n === 1 ? '1 treff' : `${n} treff`),
    firstOf: (shown, n) => `De første ${shown} av ${n} treff. Skriv mer for å få færre.`,
    noMatches: 'Ingen treff. Prøv et annet ord eller en kode.',
    picked: (label) => `Valgt: ${label}`,
    remove: (name) => `Fjern ${name}`,
    added: (name) => `Lagt til: ${name}`,
    removed: (name) => `Fjernet: ${name}`,
    level: (n) => (n === 0 ? 'Land' : `NUTS ${n}`),
    notInList: 'Finnes ikke i listen',
    englishNames:
      'CPV-navnene står på engelsk: CPV finnes på EU-språkene, og norsk er ikke ett av dem.',
  },
  preview: {
    region: (width) => `Forhåndsvisning i ${width}`,
    phone: 'mobilbredde',
    desktop: 'datamaskinbredde',
    loading: 'Laster forhåndsvisningen…',
    loadError: 'Forhåndsvisningen kunne ikke vises.',
    empty: 'Ingenting å forhåndsvise ennå: gi utfordringen en tittel.',
  },
  share: {
    heading: 'Del en lenke til forhåndsvisningen',
    intro:
      'En lenke som viser utfordringen slik den er lagret, før den publiseres, til noen som ikke har en konto. Den virker til den utløper eller du trekker den tilbake. Alle som har lenken, kan se utfordringen.',
    days: 'Lenken virker i',
    dayCount: (n) => (n === 1 ? '1 dag' : `${n} dager`),
    make: 'Lag en lenke',
    making: 'Lager lenken…',
    made: 'Den nye lenken',
    madeNote: 'Kopier den nå: den vises bare denne ene gangen.',
    link: 'Lenke',
    copy: 'Kopier lenken',
    copied: 'Lenken er kopiert.',
    copyFailed: 'Lenken kunne ikke kopieres. Merk den og kopier den selv.',
    listHeading: 'Lenker som er laget',
    none: 'Ingen lenker ennå.',
    loading: 'Henter lenkene…',
    loadError: 'Lenkene kunne ikke hentes.',
    retry: 'Prøv igjen',
    active: (date) => `Virker til ${date}`,
    expired: (date) => `Utløp ${date}`,
    revoked: 'Trukket tilbake',
    madeOn: (date) => `Laget ${date}`,
    withdraw: 'Trekk tilbake',
    withdrawLabel: (date) => `Trekk tilbake lenken som ble laget ${date}`,
    withdrawn: 'Lenken er trukket tilbake. Den virker ikke lenger.',
    saveFirst: 'Lagre utfordringen først. Så kan du dele en lenke til den.',
    notAllowed:
      'Bare redaktører og administratorer kan dele lenker til utfordringer som ikke er publisert.',
  },
};

const fi: ComponentMessages = {
  picker: {
    hint: 'Kirjoita nimi tai koodi. Nuolinäppäimillä liikut osumissa, Enter valitsee, Escape sulkee luettelon.',
    loading: 'Luetteloa haetaan…',
    loadError: 'Luetteloa ei saatu haettua.',
    retry: 'Yritä uudelleen',
    matches: (n) => (n === 1 ? '1 osuma' : `${n} osumaa`),
    firstOf: (shown, n) =>
      `Ensimmäiset ${shown} / ${n} osumaa. Kirjoita lisää, niin osumia on vähemmän.`,
    noMatches: 'Ei osumia. Kokeile toista sanaa tai koodia.',
    picked: (label) => `Valitut: ${label}`,
    remove: (name) => `Poista ${name}`,
    added: (name) => `Lisätty: ${name}`,
    removed: (name) => `Poistettu: ${name}`,
    level: (n) => (n === 0 ? 'Maa' : `NUTS ${n}`),
    notInList: 'Ei luettelossa',
    englishNames: '',
  },
  preview: {
    region: (width) => `Esikatselu ${width}`,
    phone: 'puhelimen leveydellä',
    desktop: 'tietokoneen leveydellä',
    loading: 'Esikatselua ladataan…',
    loadError: 'Esikatselua ei voitu näyttää.',
    empty: 'Ei vielä esikatseltavaa: anna haasteelle otsikko.',
  },
  share: {
    heading: 'Jaa esikatselulinkki',
    intro:
      'Linkki näyttää haasteen tallennetussa muodossa ennen julkaisua henkilölle, jolla ei ole tiliä. Se toimii, kunnes se vanhenee tai perut sen. Kuka tahansa, jolla on linkki, näkee haasteen.',
    days: 'Linkki toimii',
    dayCount: (n) => (n === 1 ? '1 päivän' : `${n} päivää`),
    make: 'Tee linkki',
    making: 'Linkkiä tehdään…',
    made: 'Uusi linkki',
    madeNote: 'Kopioi se nyt: se näytetään vain tämän kerran.',
    link: 'Linkki',
    copy: 'Kopioi linkki',
    copied: 'Linkki on kopioitu.',
    copyFailed: 'Linkkiä ei voitu kopioida. Valitse se ja kopioi itse.',
    listHeading: 'Tehdyt linkit',
    none: 'Linkkejä ei ole vielä tehty.',
    loading: 'Linkkejä haetaan…',
    loadError: 'Linkkejä ei saatu haettua.',
    retry: 'Yritä uudelleen',
    active: (date) => `Toimii ${date} asti`,
    expired: (date) => `Vanheni ${date}`,
    revoked: 'Peruttu',
    madeOn: (date) => `Tehty ${date}`,
    withdraw: 'Peru',
    withdrawLabel: (date) => `Peru ${date} tehty linkki`,
    withdrawn: 'Linkki on peruttu. Se ei enää toimi.',
    saveFirst: 'Tallenna haaste ensin. Sitten voit jakaa siihen linkin.',
    notAllowed:
      'Vain toimittajat ja ylläpitäjät voivat jakaa linkkejä julkaisemattomiin haasteisiin.',
  },
};

export const strings: Catalogue<ComponentMessages> = { en, sv, nb, fi };
