/**
 * The coach's hints in en, sv, nb and fi: what to change, and why it matters
 * to the companies who read the challenge. Written plainly, as each
 * language's plain-language guidance asks of public texts.
 */
import type { CoachLanguage } from './lexicon.js';

export type HintId =
  | 'solution'
  | 'vision-horizon'
  | 'vision-measurable'
  | 'opportunity-who'
  | 'offers'
  | 'readability'
  | 'long-sentence'
  | 'jargon'
  | 'translation'
  | 'deadline'
  | 'contact';

type Text = { message: string; why: string };

export const MESSAGES: Record<HintId, Record<CoachLanguage, Text>> = {
  solution: {
    en: {
      message: 'This reads like a solution. Describe the need instead.',
      why: 'When the challenge names a product or a technology, companies with another answer stop reading. Say what is hard today and for whom, and leave the answer open.',
    },
    sv: {
      message: 'Det här låter som en lösning. Beskriv behovet i stället.',
      why: 'När utmaningen nämner en produkt eller teknik slutar företag med ett annat svar att läsa. Berätta vad som är svårt i dag och för vem, och lämna svaret öppet.',
    },
    nb: {
      message: 'Dette høres ut som en løsning. Beskriv behovet i stedet.',
      why: 'Når utfordringen nevner et produkt eller en teknologi, slutter bedrifter med et annet svar å lese. Fortell hva som er vanskelig i dag og for hvem, og la svaret være åpent.',
    },
    fi: {
      message: 'Tämä kuulostaa ratkaisulta. Kuvaa mieluummin tarve.',
      why: 'Kun haaste nimeää tuotteen tai teknologian, yritykset, joilla on toisenlainen vastaus, lopettavat lukemisen. Kerro, mikä on nyt vaikeaa ja kenelle, ja jätä vastaus avoimeksi.',
    },
  },
  'vision-horizon': {
    en: {
      message: 'Give the year you want to get there.',
      why: 'A horizon year tells companies how long the road is, and whether their idea fits it.',
    },
    sv: {
      message: 'Ange vilket år ni vill vara där.',
      why: 'Ett målår visar företagen hur lång vägen är och om deras idé passar.',
    },
    nb: {
      message: 'Oppgi hvilket år dere vil være der.',
      why: 'Et målår viser bedriftene hvor lang veien er, og om ideen deres passer.',
    },
    fi: {
      message: 'Kerro, minä vuonna haluatte olla perillä.',
      why: 'Tavoitevuosi kertoo yrityksille, kuinka pitkä matka on ja sopiiko niiden idea siihen.',
    },
  },
  'vision-measurable': {
    en: {
      message: 'Make the vision measurable.',
      why: 'A number, a share or a deadline lets everyone see when the goal is reached: "every other commute by bus, bike or on foot".',
    },
    sv: {
      message: 'Gör visionen mätbar.',
      why: 'Ett tal, en andel eller en tidpunkt gör att alla kan se när målet är nått: ”varannan arbetsresa med buss, cykel eller till fots”.',
    },
    nb: {
      message: 'Gjør visjonen målbar.',
      why: 'Et tall, en andel eller et tidspunkt gjør at alle kan se når målet er nådd: «annenhver arbeidsreise med buss, sykkel eller til fots».',
    },
    fi: {
      message: 'Tee visiosta mitattava.',
      why: 'Luku, osuus tai ajankohta näyttää kaikille, milloin tavoite on saavutettu: ”joka toinen työmatka bussilla, pyörällä tai kävellen”.',
    },
  },
  'opportunity-who': {
    en: {
      message: 'Say who could deliver what.',
      why: 'Companies look for themselves in the opportunity: name the kinds of companies, researchers or partners you need, and what each could bring.',
    },
    sv: {
      message: 'Skriv vem som kan leverera vad.',
      why: 'Företag letar efter sig själva i möjligheten: nämn vilka slags företag, forskare eller partner ni behöver och vad var och en kan bidra med.',
    },
    nb: {
      message: 'Skriv hvem som kan levere hva.',
      why: 'Bedrifter leter etter seg selv i muligheten: nevn hvilke typer bedrifter, forskere eller partnere dere trenger, og hva hver av dem kan bidra med.',
    },
    fi: {
      message: 'Kerro, kuka voisi toimittaa mitä.',
      why: 'Yritykset etsivät mahdollisuudesta itseään: nimeä, millaisia yrityksiä, tutkijoita tai kumppaneita tarvitsette ja mitä kukin voisi tuoda.',
    },
  },
  offers: {
    en: {
      message: 'Say what you offer.',
      why: 'A testbed, data, a pilot, funding or a procurement is why a company answers. Tick what you can offer.',
    },
    sv: {
      message: 'Skriv vad ni erbjuder.',
      why: 'En testbädd, data, ett pilotprojekt, finansiering eller en upphandling är skälet till att ett företag svarar. Kryssa i det ni kan erbjuda.',
    },
    nb: {
      message: 'Skriv hva dere tilbyr.',
      why: 'En testarena, data, et pilotprosjekt, finansiering eller en anskaffelse er grunnen til at en bedrift svarer. Kryss av for det dere kan tilby.',
    },
    fi: {
      message: 'Kerro, mitä tarjoatte.',
      why: 'Testialusta, data, pilotti, rahoitus tai hankinta on syy, miksi yritys vastaa. Valitse, mitä voitte tarjota.',
    },
  },
  readability: {
    en: {
      message: 'The text is hard to read.',
      why: 'Long words and long sentences make readers give up, and many read in their second language. Use short sentences and everyday words.',
    },
    sv: {
      message: 'Texten är svår att läsa.',
      why: 'Långa ord och långa meningar gör att läsaren ger upp, och många läser på sitt andraspråk. Skriv korta meningar med vardagliga ord.',
    },
    nb: {
      message: 'Teksten er vanskelig å lese.',
      why: 'Lange ord og lange setninger gjør at leseren gir opp, og mange leser på sitt andrespråk. Skriv korte setninger med hverdagslige ord.',
    },
    fi: {
      message: 'Tekstiä on vaikea lukea.',
      why: 'Pitkät sanat ja virkkeet saavat lukijan luovuttamaan, ja moni lukee toisella kielellään. Kirjoita lyhyitä virkkeitä ja arkisia sanoja.',
    },
  },
  'long-sentence': {
    en: {
      message: 'Split the long sentences.',
      why: 'One thought per sentence is easier to follow, also for readers using a translation tool.',
    },
    sv: {
      message: 'Dela upp de långa meningarna.',
      why: 'En tanke per mening är lättare att följa, också för den som läser med ett översättningsverktyg.',
    },
    nb: {
      message: 'Del opp de lange setningene.',
      why: 'Én tanke per setning er lettere å følge, også for den som leser med et oversettelsesverktøy.',
    },
    fi: {
      message: 'Jaa pitkät virkkeet.',
      why: 'Yksi ajatus virkettä kohden on helpompi seurata, myös käännöstyökalua käyttävälle lukijalle.',
    },
  },
  jargon: {
    en: {
      message: 'Replace the jargon with everyday words.',
      why: 'Words like these sound official but say little to a company outside the public sector.',
    },
    sv: {
      message: 'Byt ut fackorden mot vardagliga ord.',
      why: 'Sådana ord låter officiella men säger lite för ett företag utanför offentlig sektor.',
    },
    nb: {
      message: 'Bytt ut faguttrykkene med hverdagslige ord.',
      why: 'Slike ord høres offisielle ut, men sier lite til en bedrift utenfor offentlig sektor.',
    },
    fi: {
      message: 'Korvaa ammattikieli arkisilla sanoilla.',
      why: 'Tällaiset sanat kuulostavat virallisilta, mutta kertovat vähän julkisen sektorin ulkopuoliselle yritykselle.',
    },
  },
  translation: {
    en: {
      message: 'A translation is missing.',
      why: 'Readers of that language see this challenge in another language, or not at all in lists filtered by language.',
    },
    sv: {
      message: 'En översättning saknas.',
      why: 'Den som läser på det språket ser utmaningen på ett annat språk, eller inte alls i listor som visar ett språk.',
    },
    nb: {
      message: 'En oversettelse mangler.',
      why: 'De som leser på det språket, ser utfordringen på et annet språk, eller ikke i det hele tatt i lister som viser ett språk.',
    },
    fi: {
      message: 'Käännös puuttuu.',
      why: 'Sen kielen lukijat näkevät haasteen toisella kielellä tai eivät lainkaan listoissa, jotka näyttävät yhden kielen.',
    },
  },
  deadline: {
    en: {
      message: 'Add a deadline.',
      why: 'Without one, companies cannot plan their answer, and the board cannot show the challenges that close soon first.',
    },
    sv: {
      message: 'Lägg till ett sista datum.',
      why: 'Utan det kan företagen inte planera sitt svar, och tavlan kan inte visa de utmaningar som stänger snart först.',
    },
    nb: {
      message: 'Legg til en frist.',
      why: 'Uten frist kan bedriftene ikke planlegge svaret sitt, og oversikten kan ikke vise utfordringene som stenger snart, først.',
    },
    fi: {
      message: 'Lisää määräaika.',
      why: 'Ilman sitä yritykset eivät voi suunnitella vastaustaan, eikä listaus voi näyttää pian sulkeutuvia haasteita ensin.',
    },
  },
  contact: {
    en: {
      message: 'Name a contact person.',
      why: 'A company with a question wants to reach a person, not an organisation.',
    },
    sv: {
      message: 'Ange en kontaktperson.',
      why: 'Ett företag med en fråga vill nå en människa, inte en organisation.',
    },
    nb: {
      message: 'Oppgi en kontaktperson.',
      why: 'En bedrift med et spørsmål vil nå et menneske, ikke en organisasjon.',
    },
    fi: {
      message: 'Nimeä yhteyshenkilö.',
      why: 'Yritys, jolla on kysyttävää, haluaa tavoittaa ihmisen, ei organisaatiota.',
    },
  },
};
