/**
 * The words of every mail the server sends, in English, Swedish, Norwegian
 * Bokmål and Finnish. Values are inserted as they are; compose.ts escapes
 * them for HTML.
 */
import type { SubmissionKind } from '@entrypoint/sdk';
import type { MailLanguage } from './compose.js';

type Role = 'admin' | 'editor' | 'handler' | 'viewer';

export interface MailStrings {
  kinds: Record<SubmissionKind, string>;
  roles: Record<Role, string>;
  /** Field labels. */
  reference: string;
  kind: string;
  title: string;
  company: string;
  contact: string;
  challenge: string;
  via: string;
  received: string;
  confidential: string;
  confidentialValue: string;
  description: string;
  /** Who did something when it was no person. */
  anApiKey: string;
  anOperator: string;
  openInConsole: (ref: string) => string;
  /** Without a public address to link to: where to look instead. */
  findInConsole: (ref: string) => string;
  openInbox: string;
  arrivalPreferences: string;

  arrivalSubject: (ref: string, title: string | undefined) => string;
  arrivalIntro: (org: string) => string;
  arrivalIntroAssigned: (org: string) => string;

  assignedSubject: (ref: string, title: string | undefined) => string;
  assignedIntro: (by: string, ref: string, org: string) => string;

  colleagueSubject: (by: string, ref: string, title: string | undefined) => string;
  colleagueIntro: (by: string, ref: string, org: string) => string;
  theirMessage: (by: string) => string;

  forwardSubject: (ref: string, fromOrg: string) => string;
  forwardIntro: (fromOrg: string, org: string, ref: string, fromRef: string) => string;

  hello: (name: string) => string;
  companySubject: (org: string, ref: string) => string;
  companyFooter: (ref: string, entryPoint: string, org: string) => string;
  toldForwardedSubject: (org: string, ref: string, toOrg: string) => string;
  toldForwarded: (ref: string, title: string, toOrg: string) => string;
  toldForwardedReference: (toOrg: string, ref: string) => string;
  toldForwardedNext: string;

  invitedSubject: (org: string) => string;
  invitedIntro: (by: string, org: string, role: string) => string;
  invitedHow: (email: string) => string;
  signIn: string;
  ignore: string;

  digestSubject: (org: string, count: number, refs: string) => string;
  digestIntro: (org: string, count: number, since: string) => string;

  codeSubject: (code: string) => string;
  codeIntro: string;
  codeRules: string;
  codeIgnore: string;
}

const en: MailStrings = {
  kinds: {
    idea: 'Idea',
    proposal: 'Proposal',
    question: 'Question',
    'meeting-request': 'Meeting request',
    'testbed-request': 'Testbed request',
  },
  roles: { admin: 'administrator', editor: 'editor', handler: 'handler', viewer: 'viewer' },
  reference: 'Reference',
  kind: 'Kind',
  title: 'Title',
  company: 'Company',
  contact: 'Contact',
  challenge: 'Challenge',
  via: 'Sent via',
  received: 'Received',
  confidential: 'Confidential',
  confidentialValue: 'Yes: read it in the console',
  description: 'What they wrote',
  anApiKey: 'An API key',
  anOperator: 'An operator',
  openInConsole: (ref) => `Open ${ref} in the console`,
  findInConsole: (ref) => `Find ${ref} in the Entrypoint console.`,
  openInbox: 'Open the inbox',
  arrivalPreferences:
    'You can get these mails at once, in a daily summary, or not at all: choose in the console under your mail settings.',
  arrivalSubject: (ref, title) => `New submission ${ref}${title ? `: ${title}` : ''}`,
  arrivalIntro: (org) => `A new submission has arrived for ${org}.`,
  arrivalIntroAssigned: (org) => `A new submission has arrived for ${org}. It is assigned to you.`,
  assignedSubject: (ref, title) => `${ref} is assigned to you${title ? `: ${title}` : ''}`,
  assignedIntro: (by, ref, org) => `${by} assigned submission ${ref} at ${org} to you.`,
  colleagueSubject: (by, ref, title) => `${by} forwarded ${ref} to you${title ? `: ${title}` : ''}`,
  colleagueIntro: (by, ref, org) => `${by} forwarded submission ${ref} at ${org} to you.`,
  theirMessage: (by) => `${by} wrote:`,
  forwardSubject: (ref, fromOrg) => `${ref} forwarded from ${fromOrg}`,
  forwardIntro: (fromOrg, org, ref, fromRef) =>
    `${fromOrg} forwarded a submission to ${org}. It is in your inbox as ${ref} (their reference: ${fromRef}).`,
  hello: (name) => `Hello ${name},`,
  companySubject: (org, ref) => `${org}: your submission ${ref}`,
  companyFooter: (ref, entryPoint, org) =>
    `Your reference: ${ref}. To answer, reply to this e-mail; it goes to ${entryPoint} at ${org}.`,
  toldForwardedSubject: (org, ref, toOrg) =>
    `${org}: your submission ${ref} has been forwarded to ${toOrg}`,
  toldForwarded: (ref, title, toOrg) =>
    `We have forwarded your submission ${ref} (“${title}”) to ${toOrg}, who we believe can help you further.`,
  toldForwardedReference: (toOrg, ref) => `At ${toOrg} it has the reference ${ref}.`,
  toldForwardedNext: 'They will get in touch with you.',
  invitedSubject: (org) => `You are invited to ${org} on Entrypoint`,
  invitedIntro: (by, org, role) => `${by} has added you to ${org} on Entrypoint as ${role}.`,
  invitedHow: (email) =>
    `Sign in with this e-mail address (${email}); a one-time code will be sent to you.`,
  signIn: 'Sign in to the console',
  ignore: 'If you did not expect this, you can ignore this message.',
  digestSubject: (org, count, refs) =>
    `Daily summary for ${org}: ${count === 1 ? '1 new submission' : `${count} new submissions`} (${refs})`,
  digestIntro: (org, count, since) =>
    `Since ${since}, ${count === 1 ? '1 new submission has' : `${count} new submissions have`} arrived for ${org}:`,
  codeSubject: (code) => `Your Entrypoint sign-in code: ${code}`,
  codeIntro: 'Your sign-in code is',
  codeRules: 'It is valid for 10 minutes and can be used once.',
  codeIgnore: 'If you did not ask to sign in, you can ignore this message.',
};

const sv: MailStrings = {
  kinds: {
    idea: 'Idé',
    proposal: 'Förslag',
    question: 'Fråga',
    'meeting-request': 'Förfrågan om möte',
    'testbed-request': 'Förfrågan om testbädd',
  },
  roles: { admin: 'administratör', editor: 'redaktör', handler: 'handläggare', viewer: 'läsare' },
  reference: 'Referens',
  kind: 'Typ',
  title: 'Rubrik',
  company: 'Företag',
  contact: 'Kontaktperson',
  challenge: 'Utmaning',
  via: 'Skickat via',
  received: 'Mottaget',
  confidential: 'Konfidentiellt',
  confidentialValue: 'Ja: läs det i konsolen',
  description: 'Vad de skrev',
  anApiKey: 'En API-nyckel',
  anOperator: 'En driftansvarig',
  openInConsole: (ref) => `Öppna ${ref} i konsolen`,
  findInConsole: (ref) => `Du hittar ${ref} i Entrypoints konsol.`,
  openInbox: 'Öppna inkorgen',
  arrivalPreferences:
    'Du kan få de här mejlen direkt, i en daglig sammanfattning eller inte alls: välj i konsolen under dina mejlinställningar.',
  arrivalSubject: (ref, title) => `Nytt ärende ${ref}${title ? `: ${title}` : ''}`,
  arrivalIntro: (org) => `Ett nytt ärende har kommit in till ${org}.`,
  arrivalIntroAssigned: (org) => `Ett nytt ärende har kommit in till ${org}. Det är tilldelat dig.`,
  assignedSubject: (ref, title) => `${ref} är tilldelat dig${title ? `: ${title}` : ''}`,
  assignedIntro: (by, ref, org) => `${by} har tilldelat dig ärendet ${ref} hos ${org}.`,
  colleagueSubject: (by, ref, title) =>
    `${by} har skickat ${ref} vidare till dig${title ? `: ${title}` : ''}`,
  colleagueIntro: (by, ref, org) => `${by} har skickat ärendet ${ref} hos ${org} vidare till dig.`,
  theirMessage: (by) => `${by} skrev:`,
  forwardSubject: (ref, fromOrg) => `${ref} vidarebefordrat från ${fromOrg}`,
  forwardIntro: (fromOrg, org, ref, fromRef) =>
    `${fromOrg} har skickat ett ärende vidare till ${org}. Det finns i er inkorg som ${ref} (deras referens: ${fromRef}).`,
  hello: (name) => `Hej ${name},`,
  companySubject: (org, ref) => `${org}: ditt ärende ${ref}`,
  companyFooter: (ref, entryPoint, org) =>
    `Din referens: ${ref}. Svara på det här mejlet för att svara; svaret går till ${entryPoint} på ${org}.`,
  toldForwardedSubject: (org, ref, toOrg) =>
    `${org}: ditt ärende ${ref} har skickats vidare till ${toOrg}`,
  toldForwarded: (ref, title, toOrg) =>
    `Vi har skickat ditt ärende ${ref} (”${title}”) vidare till ${toOrg}, som vi tror kan hjälpa dig vidare.`,
  toldForwardedReference: (toOrg, ref) => `Hos ${toOrg} har det referensen ${ref}.`,
  toldForwardedNext: 'De kommer att höra av sig till dig.',
  invitedSubject: (org) => `Du är inbjuden till ${org} i Entrypoint`,
  invitedIntro: (by, org, role) => `${by} har lagt till dig i ${org} i Entrypoint som ${role}.`,
  invitedHow: (email) =>
    `Logga in med den här e-postadressen (${email}); du får en engångskod skickad till dig.`,
  signIn: 'Logga in i konsolen',
  ignore: 'Om du inte väntade dig det här kan du bortse från meddelandet.',
  digestSubject: (org, count, refs) =>
    `Daglig sammanfattning för ${org}: ${count === 1 ? '1 nytt ärende' : `${count} nya ärenden`} (${refs})`,
  digestIntro: (org, count, since) =>
    `Sedan ${since} har ${count === 1 ? '1 nytt ärende' : `${count} nya ärenden`} kommit in till ${org}:`,
  codeSubject: (code) => `Din inloggningskod till Entrypoint: ${code}`,
  codeIntro: 'Din inloggningskod är',
  codeRules: 'Den gäller i 10 minuter och kan användas en gång.',
  codeIgnore: 'Om du inte har bett om att logga in kan du bortse från meddelandet.',
};

const nb: MailStrings = {
  kinds: {
    idea: 'Idé',
    proposal: 'Forslag',
    question: 'Spørsmål',
    'meeting-request': 'Forespørsel om møte',
    'testbed-request': 'Forespørsel om testarena',
  },
  roles: {
    admin: 'administrator',
    editor: 'redaktør',
    handler: 'saksbehandler',
    viewer: 'leser',
  },
  reference: 'Referanse',
  kind: 'Type',
  title: 'Tittel',
  company: 'Bedrift',
  contact: 'Kontaktperson',
  challenge: 'Utfordring',
  via: 'Sendt via',
  received: 'Mottatt',
  confidential: 'Konfidensiell',
  confidentialValue: 'Ja: les den i konsollen',
  description: 'Hva de skrev',
  anApiKey: 'En API-nøkkel',
  anOperator: 'En driftsansvarlig',
  openInConsole: (ref) => `Åpne ${ref} i konsollen`,
  findInConsole: (ref) => `Du finner ${ref} i Entrypoint-konsollen.`,
  openInbox: 'Åpne innboksen',
  arrivalPreferences:
    'Du kan få disse e-postene med en gang, i en daglig oppsummering eller ikke i det hele tatt: velg i konsollen under e-postinnstillingene dine.',
  arrivalSubject: (ref, title) => `Ny henvendelse ${ref}${title ? `: ${title}` : ''}`,
  arrivalIntro: (org) => `En ny henvendelse har kommet inn til ${org}.`,
  arrivalIntroAssigned: (org) => `En ny henvendelse har kommet inn til ${org}. Den er tildelt deg.`,
  assignedSubject: (ref, title) => `${ref} er tildelt deg${title ? `: ${title}` : ''}`,
  assignedIntro: (by, ref, org) => `${by} har tildelt deg henvendelsen ${ref} hos ${org}.`,
  colleagueSubject: (by, ref, title) =>
    `${by} har sendt ${ref} videre til deg${title ? `: ${title}` : ''}`,
  colleagueIntro: (by, ref, org) =>
    `${by} har sendt henvendelsen ${ref} hos ${org} videre til deg.`,
  theirMessage: (by) => `${by} skrev:`,
  forwardSubject: (ref, fromOrg) => `${ref} videresendt fra ${fromOrg}`,
  forwardIntro: (fromOrg, org, ref, fromRef) =>
    `${fromOrg} har sendt en henvendelse videre til ${org}. Den ligger i innboksen deres som ${ref} (deres referanse: ${fromRef}).`,
  hello: (name) => `Hei ${name},`,
  companySubject: (org, ref) => `${org}: din henvendelse ${ref}`,
  companyFooter: (ref, entryPoint, org) =>
    `Din referanse: ${ref}. Svar på denne e-posten for å svare; svaret går til ${entryPoint} hos ${org}.`,
  toldForwardedSubject: (org, ref, toOrg) =>
    `${org}: din henvendelse ${ref} er sendt videre til ${toOrg}`,
  toldForwarded: (ref, title, toOrg) =>
    `Vi har sendt henvendelsen din ${ref} («${title}») videre til ${toOrg}, som vi tror kan hjelpe deg videre.`,
  toldForwardedReference: (toOrg, ref) => `Hos ${toOrg} har den referansen ${ref}.`,
  toldForwardedNext: 'De vil ta kontakt med deg.',
  invitedSubject: (org) => `Du er invitert til ${org} i Entrypoint`,
  invitedIntro: (by, org, role) => `${by} har lagt deg til i ${org} i Entrypoint som ${role}.`,
  invitedHow: (email) =>
    `Logg inn med denne e-postadressen (${email}); du får tilsendt en engangskode.`,
  signIn: 'Logg inn i konsollen',
  ignore: 'Hvis du ikke ventet dette, kan du se bort fra meldingen.',
  digestSubject: (org, count, refs) =>
    `Daglig oppsummering for ${org}: ${count === 1 ? '1 ny henvendelse' : `${count} nye henvendelser`} (${refs})`,
  digestIntro: (org, count, since) =>
    `Siden ${since} har ${count === 1 ? '1 ny henvendelse' : `${count} nye henvendelser`} kommet inn til ${org}:`,
  codeSubject: (code) => `Din påloggingskode for Entrypoint: ${code}`,
  codeIntro: 'Påloggingskoden din er',
  codeRules: 'Den gjelder i 10 minutter og kan brukes én gang.',
  codeIgnore: 'Hvis du ikke har bedt om å logge inn, kan du se bort fra meldingen.',
};

const fi: MailStrings = {
  kinds: {
    idea: 'Idea',
    proposal: 'Ehdotus',
    question: 'Kysymys',
    'meeting-request': 'Tapaamispyyntö',
    'testbed-request': 'Testiympäristöpyyntö',
  },
  roles: {
    admin: 'pääkäyttäjä',
    editor: 'sisällön muokkaaja',
    handler: 'käsittelijä',
    viewer: 'lukija',
  },
  reference: 'Viite',
  kind: 'Tyyppi',
  title: 'Otsikko',
  company: 'Yritys',
  contact: 'Yhteyshenkilö',
  challenge: 'Haaste',
  via: 'Lähetetty kautta',
  received: 'Vastaanotettu',
  confidential: 'Luottamuksellinen',
  confidentialValue: 'Kyllä: lue se konsolissa',
  description: 'Mitä he kirjoittivat',
  anApiKey: 'API-avain',
  anOperator: 'Ylläpitäjä',
  openInConsole: (ref) => `Avaa ${ref} konsolissa`,
  findInConsole: (ref) => `Löydät yhteydenoton ${ref} Entrypoint-konsolista.`,
  openInbox: 'Avaa saapuneet',
  arrivalPreferences:
    'Voit saada nämä viestit heti, päivittäisenä yhteenvetona tai et lainkaan: valitse konsolin sähköpostiasetuksista.',
  arrivalSubject: (ref, title) => `Uusi yhteydenotto ${ref}${title ? `: ${title}` : ''}`,
  arrivalIntro: (org) => `Uusi yhteydenotto on saapunut: ${org}.`,
  arrivalIntroAssigned: (org) =>
    `Uusi yhteydenotto on saapunut: ${org}. Se on annettu sinun käsiteltäväksesi.`,
  assignedSubject: (ref, title) =>
    `${ref} on annettu sinun käsiteltäväksesi${title ? `: ${title}` : ''}`,
  assignedIntro: (by, ref, org) =>
    `${by} antoi yhteydenoton ${ref} (${org}) sinun käsiteltäväksesi.`,
  colleagueSubject: (by, ref, title) =>
    `${by} välitti sinulle yhteydenoton ${ref}${title ? `: ${title}` : ''}`,
  colleagueIntro: (by, ref, org) => `${by} välitti sinulle yhteydenoton ${ref} (${org}).`,
  theirMessage: (by) => `${by} kirjoitti:`,
  forwardSubject: (ref, fromOrg) => `Välitetty yhteydenotto ${ref} (lähettäjä: ${fromOrg})`,
  forwardIntro: (fromOrg, org, ref, fromRef) =>
    `${fromOrg} välitti yhteydenoton vastaanottajalle ${org}. Se on saapuneissa viitteellä ${ref} (lähettäjän viite: ${fromRef}).`,
  hello: (name) => `Hei ${name},`,
  companySubject: (org, ref) => `${org}: yhteydenottosi ${ref}`,
  companyFooter: (ref, entryPoint, org) =>
    `Viitteesi: ${ref}. Vastaa tähän viestiin; vastauksesi menee henkilölle ${entryPoint} (${org}).`,
  toldForwardedSubject: (org, ref, toOrg) =>
    `${org}: yhteydenottosi ${ref} on välitetty eteenpäin (${toOrg})`,
  toldForwarded: (ref, title, toOrg) =>
    `Olemme välittäneet yhteydenottosi ${ref} (”${title}”) eteenpäin. Vastaanottaja on ${toOrg}, jonka uskomme voivan auttaa sinua.`,
  toldForwardedReference: (toOrg, ref) => `Vastaanottajalla (${toOrg}) sen viite on ${ref}.`,
  toldForwardedNext: 'He ottavat sinuun yhteyttä.',
  invitedSubject: (org) => `Sinut on kutsuttu Entrypointiin: ${org}`,
  invitedIntro: (by, org, role) =>
    `${by} lisäsi sinut Entrypointiin organisaatioon ${org} roolissa ${role}.`,
  invitedHow: (email) =>
    `Kirjaudu tällä sähköpostiosoitteella (${email}); saat kertakäyttöisen koodin sähköpostiisi.`,
  signIn: 'Kirjaudu konsoliin',
  ignore: 'Jos et odottanut tätä viestiä, voit jättää sen huomiotta.',
  digestSubject: (org, count, refs) =>
    `Päivän yhteenveto, ${org}: ${count === 1 ? '1 uusi yhteydenotto' : `${count} uutta yhteydenottoa`} (${refs})`,
  digestIntro: (org, count, since) =>
    `${since} jälkeen on saapunut ${count === 1 ? '1 uusi yhteydenotto' : `${count} uutta yhteydenottoa`} (${org}):`,
  codeSubject: (code) => `Entrypoint-kirjautumiskoodisi: ${code}`,
  codeIntro: 'Kirjautumiskoodisi on',
  codeRules: 'Se on voimassa 10 minuuttia ja sitä voi käyttää kerran.',
  codeIgnore: 'Jos et pyytänyt kirjautumista, voit jättää tämän viestin huomiotta.',
};

export const STRINGS: Record<MailLanguage, MailStrings> = { en, sv, nb, fi };
