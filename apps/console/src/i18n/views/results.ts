/** The strings of <ep-results> (views/results.ts), in the console's four languages. */
import type { Catalogue } from '../index.js';

export interface ResultsMessages {
  title: string;
  intro: string;
  filters: string;
  challenge: string;
  wholeOrg: string;
  noChallenge: string;
  from: string;
  to: string;
  show: string;
  periodHint: string;
  badPeriod: string;
  download: string;
  downloaded: string;
  loaded: string;
  empty: string;
  keyFigures: string;
  received: string;
  inDialogue: string;
  forwarded: string;
  accepted: string;
  declined: string;
  medianDays: string;
  medianHint: string;
  days: (n: string) => string;
  noAnswerYet: string;
  unanswered: string;
  storiesTold: string;
  funnelTitle: string;
  funnelHint: string;
  funnelCaption: string;
  stage: string;
  count: string;
  share: string;
  besideFunnel: string;
  byKind: string;
  byVia: string;
  byCountry: string;
  kind: string;
  via: string;
  direct: string;
  country: string;
  unknownCountry: string;
  perChallenge: string;
  perChallengeCaption: string;
  untitled: string;
  stories: string;
  storiesCaption: string;
  noStories: string;
  published: string;
  openedTitle: string;
  openedHint: string;
  openedCaption: string;
  byReceiver: string;
  receiver: string;
}

const en: ResultsMessages = {
  title: 'Results',
  intro:
    'How do we know that we made a difference? What arrived in the period and what became of it.',
  filters: 'What to show',
  challenge: 'Challenge',
  wholeOrg: 'The whole organisation',
  noChallenge: 'Not about a challenge',
  from: 'From',
  to: 'To',
  show: 'Show',
  periodHint: 'By the day a submission arrived. Leave empty for all time.',
  badPeriod: '“To” must be on or after “From”.',
  download: 'Download CSV',
  downloaded: 'The CSV file was downloaded.',
  loaded: 'Results updated.',
  empty: 'No submissions yet in this period.',
  keyFigures: 'Key figures',
  received: 'Received',
  inDialogue: 'In dialogue',
  forwarded: 'Forwarded',
  accepted: 'Accepted',
  declined: 'Declined',
  medianDays: 'Median time to a first answer',
  medianHint:
    'From arrival to our first message to the company, or to the mail telling it we forwarded it. Half were answered faster.',
  days: (n) => `${n} days`,
  noAnswerYet: 'No answers yet',
  unanswered: 'Still unanswered',
  storiesTold: 'Stories told',
  funnelTitle: 'The funnel',
  funnelHint:
    'Each stage counts the submissions that ever reached it, even if they moved on. A submission can be accepted without a dialogue, so the stages are not nested.',
  funnelCaption: 'The funnel: submissions that reached each stage',
  stage: 'Stage',
  count: 'Submissions',
  share: 'Share of received',
  besideFunnel: 'Beside the funnel',
  byKind: 'By kind',
  byVia: 'By the cluster it came via',
  byCountry: 'By the company’s country',
  kind: 'Kind',
  via: 'Came via',
  direct: 'Straight to us',
  country: 'Country',
  unknownCountry: 'Not known',
  perChallenge: 'Per challenge',
  perChallengeCaption: 'Results per challenge',
  untitled: '(untitled)',
  stories: 'Stories told in the period',
  storiesCaption: 'Stories told',
  noStories: 'No stories told in this period.',
  published: 'Published',
  openedTitle: 'Doors we opened',
  openedHint:
    'Submissions that came via us and arrived at other organisations in the period, and what became of them there.',
  openedCaption: 'Doors we opened: submissions that reached each stage at the receivers',
  byReceiver: 'Doors we opened, by receiver',
  receiver: 'Receiver',
};

const sv: ResultsMessages = {
  title: 'Resultat',
  intro:
    'Hur vet vi att vi gjorde skillnad? Det som kom in under perioden och vad som hände med det.',
  filters: 'Vad som visas',
  challenge: 'Utmaning',
  wholeOrg: 'Hela organisationen',
  noChallenge: 'Inte om en utmaning',
  from: 'Från',
  to: 'Till',
  show: 'Visa',
  periodHint: 'Efter dagen då ett inskick kom in. Lämna tomt för all tid.',
  badPeriod: '”Till” måste vara samma dag som ”Från” eller senare.',
  download: 'Ladda ner CSV',
  downloaded: 'CSV-filen laddades ner.',
  loaded: 'Resultaten är uppdaterade.',
  empty: 'Inga inskick ännu under den här perioden.',
  keyFigures: 'Nyckeltal',
  received: 'Mottagna',
  inDialogue: 'I dialog',
  forwarded: 'Vidarebefordrade',
  accepted: 'Antagna',
  declined: 'Avböjda',
  medianDays: 'Mediantid till första svar',
  medianHint:
    'Från ankomst till vårt första meddelande till företaget, eller till brevet om att vi skickat det vidare. Hälften fick svar snabbare.',
  days: (n) => `${n} dagar`,
  noAnswerYet: 'Inga svar ännu',
  unanswered: 'Ännu obesvarade',
  storiesTold: 'Berättelser',
  funnelTitle: 'Tratten',
  funnelHint:
    'Varje steg räknar de inskick som någon gång nådde dit, även om de gått vidare. Ett inskick kan antas utan dialog, så stegen ligger inte inuti varandra.',
  funnelCaption: 'Tratten: inskick som nådde varje steg',
  stage: 'Steg',
  count: 'Inskick',
  share: 'Andel av mottagna',
  besideFunnel: 'Vid sidan av tratten',
  byKind: 'Efter typ',
  byVia: 'Efter klustret det kom via',
  byCountry: 'Efter företagets land',
  kind: 'Typ',
  via: 'Kom via',
  direct: 'Direkt till oss',
  country: 'Land',
  unknownCountry: 'Okänt',
  perChallenge: 'Per utmaning',
  perChallengeCaption: 'Resultat per utmaning',
  untitled: '(utan titel)',
  stories: 'Berättelser under perioden',
  storiesCaption: 'Berättelser',
  noStories: 'Inga berättelser under den här perioden.',
  published: 'Publicerad',
  openedTitle: 'Dörrar vi öppnade',
  openedHint:
    'Inskick som kom via oss till andra organisationer under perioden, och vad som hände med dem där.',
  openedCaption: 'Dörrar vi öppnade: inskick som nådde varje steg hos mottagarna',
  byReceiver: 'Dörrar vi öppnade, efter mottagare',
  receiver: 'Mottagare',
};

const nb: ResultsMessages = {
  title: 'Resultater',
  intro:
    'Hvordan vet vi at vi gjorde en forskjell? Det som kom inn i perioden, og hva som skjedde med det.',
  filters: 'Hva som vises',
  challenge: 'Utfordring',
  wholeOrg: 'Hele organisasjonen',
  noChallenge: 'Ikke om en utfordring',
  from: 'Fra',
  to: 'Til',
  show: 'Vis',
  periodHint: 'Etter dagen en innsending kom inn. La stå tomt for all tid.',
  badPeriod: '«Til» må være samme dag som «Fra» eller senere.',
  download: 'Last ned CSV',
  downloaded: 'CSV-filen ble lastet ned.',
  loaded: 'Resultatene er oppdatert.',
  empty: 'Ingen innsendinger ennå i denne perioden.',
  keyFigures: 'Nøkkeltall',
  received: 'Mottatt',
  inDialogue: 'I dialog',
  forwarded: 'Videresendt',
  accepted: 'Godtatt',
  declined: 'Avslått',
  medianDays: 'Mediantid til første svar',
  medianHint:
    'Fra ankomst til vår første melding til bedriften, eller til brevet om at vi sendte den videre. Halvparten fikk svar raskere.',
  days: (n) => `${n} dager`,
  noAnswerYet: 'Ingen svar ennå',
  unanswered: 'Fortsatt ubesvart',
  storiesTold: 'Historier fortalt',
  funnelTitle: 'Trakten',
  funnelHint:
    'Hvert steg teller innsendingene som en gang nådde dit, også om de har gått videre. En innsending kan godtas uten dialog, så stegene ligger ikke inni hverandre.',
  funnelCaption: 'Trakten: innsendinger som nådde hvert steg',
  stage: 'Steg',
  count: 'Innsendinger',
  share: 'Andel av mottatte',
  besideFunnel: 'Ved siden av trakten',
  byKind: 'Etter type',
  byVia: 'Etter klyngen den kom via',
  byCountry: 'Etter bedriftens land',
  kind: 'Type',
  via: 'Kom via',
  direct: 'Rett til oss',
  country: 'Land',
  unknownCountry: 'Ukjent',
  perChallenge: 'Per utfordring',
  perChallengeCaption: 'Resultater per utfordring',
  untitled: '(uten tittel)',
  stories: 'Historier fortalt i perioden',
  storiesCaption: 'Historier fortalt',
  noStories: 'Ingen historier fortalt i denne perioden.',
  published: 'Publisert',
  openedTitle: 'Dører vi åpnet',
  openedHint:
    'Innsendinger som kom via oss til andre organisasjoner i perioden, og hva som skjedde med dem der.',
  openedCaption: 'Dører vi åpnet: innsendinger som nådde hvert steg hos mottakerne',
  byReceiver: 'Dører vi åpnet, etter mottaker',
  receiver: 'Mottaker',
};

const fi: ResultsMessages = {
  title: 'Tulokset',
  intro:
    'Mistä tiedämme, että saimme jotain aikaan? Mitä jaksolla saapui ja mitä sille sen jälkeen tapahtui.',
  filters: 'Mitä näytetään',
  challenge: 'Haaste',
  wholeOrg: 'Koko organisaatio',
  noChallenge: 'Ei liity haasteeseen',
  from: 'Alkaen',
  to: 'Päättyen',
  show: 'Näytä',
  periodHint: 'Yhteydenoton saapumispäivän mukaan. Jätä tyhjäksi, niin näet kaiken.',
  badPeriod: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
  download: 'Lataa CSV',
  downloaded: 'CSV-tiedosto ladattiin.',
  loaded: 'Tulokset päivitetty.',
  empty: 'Tällä jaksolla ei ole vielä yhteydenottoja.',
  keyFigures: 'Tunnusluvut',
  received: 'Saapuneet',
  inDialogue: 'Keskustelussa',
  forwarded: 'Välitetyt',
  accepted: 'Hyväksytyt',
  declined: 'Hylätyt',
  medianDays: 'Ensimmäisen vastauksen mediaaniaika',
  medianHint:
    'Saapumisesta ensimmäiseen viestiimme yritykselle tai viestiin, jossa kerroimme välittäneemme sen eteenpäin. Puolet saivat vastauksen nopeammin.',
  days: (n) => `${n} päivää`,
  noAnswerYet: 'Ei vielä vastauksia',
  unanswered: 'Yhä vastaamatta',
  storiesTold: 'Kerrotut tarinat',
  funnelTitle: 'Suppilo',
  funnelHint:
    'Jokainen vaihe laskee yhteydenotot, jotka ovat joskus olleet siinä, vaikka ne olisivat jo siirtyneet eteenpäin. Yhteydenotto voidaan hyväksyä ilman keskustelua, joten vaiheet eivät ole sisäkkäisiä.',
  funnelCaption: 'Suppilo: kuhunkin vaiheeseen edenneet yhteydenotot',
  stage: 'Vaihe',
  count: 'Yhteydenotot',
  share: 'Osuus saapuneista',
  besideFunnel: 'Suppilon ulkopuolella',
  byKind: 'Tyypin mukaan',
  byVia: 'Klusterin mukaan, jonka kautta se tuli',
  byCountry: 'Yrityksen maan mukaan',
  kind: 'Tyyppi',
  via: 'Tuli kautta',
  direct: 'Suoraan meille',
  country: 'Maa',
  unknownCountry: 'Ei tiedossa',
  perChallenge: 'Haasteittain',
  perChallengeCaption: 'Tulokset haasteittain',
  untitled: '(nimetön)',
  stories: 'Jaksolla kerrotut tarinat',
  storiesCaption: 'Kerrotut tarinat',
  noStories: 'Tällä jaksolla ei kerrottu tarinoita.',
  published: 'Julkaistu',
  openedTitle: 'Avaamamme ovet',
  openedHint:
    'Yhteydenotot, jotka tulivat kauttamme muille organisaatioille jaksolla, ja mitä niille siellä tapahtui.',
  openedCaption: 'Avaamamme ovet: vastaanottajilla kuhunkin vaiheeseen edenneet yhteydenotot',
  byReceiver: 'Avaamamme ovet vastaanottajittain',
  receiver: 'Vastaanottaja',
};

export const strings: Catalogue<ResultsMessages> = { en, sv, nb, fi };
