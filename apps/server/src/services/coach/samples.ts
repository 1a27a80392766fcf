/**
 * Challenges written the way the coach should catch: as solutions, the way
 * cities often start ("we want to buy an app"). Made up for measuring the
 * coach (`npm run cli -- coach report`, and its tests), in en, sv, nb and fi.
 * The demo challenges (demo/challenges-*.ts) are the other half of the
 * measure: written as needs, they should draw no "solution" hint.
 */
import type { ChallengeDraft } from './index.js';

export const SOLUTION_WRITTEN: (ChallengeDraft & { id: string })[] = [
  {
    id: 'en-parking-app',
    title: { en: 'A parking app for the city centre' },
    summary: { en: 'We want to procure a mobile app that shows free parking spaces in real time.' },
    need: {
      en: 'The app must show free spaces, take payment and send reminders before time runs out.',
    },
  },
  {
    id: 'en-sensors',
    title: { en: 'IoT sensors in municipal buildings' },
    summary: { en: 'The city will install IoT sensors to measure indoor air in schools.' },
    need: { en: 'We need 400 sensors with a dashboard for the facilities team.' },
  },
  {
    id: 'en-chatbot',
    title: { en: 'AI chatbot for citizen services' },
    summary: { en: 'We are looking for a supplier to implement an AI chatbot on our website.' },
    need: { en: 'The chatbot should answer common questions about waste collection and permits.' },
  },
  {
    id: 'sv-app',
    title: { sv: 'Ny app för felanmälan' },
    summary: {
      sv: 'Kommunen vill upphandla en app där invånare kan felanmäla gatubelysning och potthål.',
    },
    need: { sv: 'Appen ska fungera på iOS och Android och kopplas till vårt ärendesystem.' },
  },
  {
    id: 'sv-platform',
    title: { sv: 'Digital plattform för matchning av lokaler' },
    summary: { sv: 'Vi vill utveckla en plattform som matchar föreningar med lediga lokaler.' },
    need: { sv: 'Plattformen ska ha inloggning med BankID och en bokningskalender.' },
  },
  {
    id: 'sv-drones',
    title: { sv: 'Drönare för inspektion av broar' },
    summary: { sv: 'Regionen vill köpa in drönare med värmekamera för broinspektioner.' },
    need: { sv: 'Drönarna ska kunna flyga i minst 40 minuter och tåla regn.' },
  },
  {
    id: 'nb-system',
    title: { nb: 'Nytt system for timebestilling' },
    summary: { nb: 'Kommunen skal anskaffe et system for timebestilling til helsestasjonen.' },
    need: { nb: 'Systemet må integreres med journalsystemet og sende SMS-påminnelser.' },
  },
  {
    id: 'nb-robots',
    title: { nb: 'Roboter på sykehjem' },
    summary: { nb: 'Vi ønsker å ta i bruk roboter som kan dele ut medisiner på sykehjemmet.' },
    need: { nb: 'Robotene skal kjøre selv mellom rommene og varsle personalet.' },
  },
  {
    id: 'nb-digital-twin',
    title: { nb: 'Digital tvilling av sentrum' },
    summary: { nb: 'Fylket vil utvikle en digital tvilling av bysentrum for planarbeid.' },
    need: { nb: 'Løsningen skal bygge på 3D-data og vise trafikk i sanntid.' },
  },
  {
    id: 'fi-app',
    title: { fi: 'Mobiilisovellus kirjastoille' },
    summary: { fi: 'Kaupunki haluaa hankkia mobiilisovelluksen, jolla lainat voi uusia.' },
    need: { fi: 'Sovelluksen pitää toimia iOS- ja Android-laitteissa.' },
  },
  {
    id: 'fi-sensors',
    title: { fi: 'Anturit katuvaloihin' },
    summary: { fi: 'Kunta asentaa antureita katuvaloihin liikenteen mittaamiseksi.' },
    need: { fi: 'Antureiden tiedot kootaan yhteen järjestelmään.' },
  },
  {
    id: 'fi-platform',
    title: { fi: 'Tekoälyalusta asiakaspalveluun' },
    summary: { fi: 'Maakunta ottaa käyttöön tekoälyalustan, joka vastaa asiakkaiden kysymyksiin.' },
    need: { fi: 'Alustan pitää osata suomea ja ruotsia.' },
  },
];
