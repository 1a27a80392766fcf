/**
 * The form's strings once it is sent (or checked), in English: in the chunk
 * of the embed the form loads when it is first touched (internal/form-send.ts),
 * not with its first paint. (What it says when that chunk cannot be loaded,
 * `sendFailed` and `sendOffline`, is in the form's own strings.)
 */
export const sent = {
  errorsHeading: (n: number): string =>
    n === 1 ? 'There is 1 problem to fix' : `There are ${n} problems to fix`,
  errors: {
    kind: 'Choose what you want to send',
    title: 'Give a title of at least 3 characters',
    description: 'Describe your idea in at least 10 characters',
    'company.name': 'Give the company name',
    'company.country': 'Choose the country',
    'company.size': 'Choose the company size',
    'company.website': 'Give a web address such as https://example.com',
    'contact.name': 'Give your name',
    'contact.email': 'Give an email address such as name@example.com',
    'contact.phone': 'Use digits, spaces and + ( ) - only',
    'consent.privacy': 'Confirm that you have read the privacy notice',
  } as Record<string, string>,
  forbidden: 'This site may not send messages there.',
  /** 403 `origin-not-allowed`: the page's site is not among the receiver's. */
  originRefused: (owner: string): string => `This site may not send messages to ${owner}.`,
  /** 403 `via-unproven`: the site may not send on behalf of the organisation in `via`. */
  viaRefused: (via: string): string => `This site may not send messages on behalf of ${via}.`,
  kept: 'Your text is kept in this browser.',
  rateLimited: (s: number): string => `Too many messages just now. Try again in ${s} seconds.`,
  thanks: 'Thank you, your message has been sent',
  reference: 'Your reference number',
  nextHeading: 'What happens next',
  nextSteps: (owner: string): string =>
    `${owner} reads every message and answers at the email address you gave.`,
  quoteReference: 'Quote your reference number if you get in touch.',
  sendAnother: 'Send another message',
};
