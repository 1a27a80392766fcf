/**
 * Where mail goes: an SMTP server (`SMTP_URL`, through nodemailer), or, without
 * one, a folder of `.eml` files (RFC 5322 messages any mail program opens).
 * Both build the message with nodemailer; its Message-ID comes from the outbox
 * row, so a message that is ever delivered again carries the same id and mail
 * programs show it once.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** The `Reply-To` header, when answers should go elsewhere than `From`. */
  replyTo?: string | undefined;
  createdAt: Date;
}

export interface MailTransport {
  /** For the log: `smtp://host:port` (never the password) or the folder. */
  readonly describe: string;
  readonly kind: 'smtp' | 'folder';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const DEFAULT_MAIL_FROM = 'Entrypoint <no-reply@entrypoint.localhost>';

function domainOf(from: string): string {
  return /@([^\s>]+)/.exec(from)?.[1] ?? 'entrypoint.localhost';
}

function message(mail: OutgoingMail, from: string): Mail.Options {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    date: mail.createdAt,
    messageId: `<${mail.id}@${domainOf(from)}>`,
  };
}

export function smtpTransport(url: string, from = DEFAULT_MAIL_FROM): MailTransport {
  const parsed = new URL(url);
  const transporter = nodemailer.createTransport({
    url,
    // A mail server that is down or stalls fails the attempt; the outbox retries.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    describe: `${parsed.protocol}//${parsed.host}`,
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail(message(mail, from));
    },
    close: () => transporter.close(),
  };
}

/** File names sort by time; the same message written again replaces its file. */
export function folderTransport(dir: string, from = DEFAULT_MAIL_FROM): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    describe: dir,
    kind: 'folder',
    async send(mail) {
      const info = await transporter.sendMail(message(mail, from));
      mkdirSync(dir, { recursive: true });
      const stamp = mail.createdAt.toISOString().replace(/[:.]/g, '-');
      const file = join(dir, `${stamp}-${mail.id}.eml`);
      writeFileSync(`${file}.tmp`, info.message as Buffer);
      renameSync(`${file}.tmp`, file);
    },
    close: () => transporter.close(),
  };
}

/** SMTP when `smtpUrl` is set, else the folder. */
export function mailTransport(options: {
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  outboxDir: string;
}): MailTransport {
  const from = options.mailFrom ?? DEFAULT_MAIL_FROM;
  return options.smtpUrl
    ? smtpTransport(options.smtpUrl, from)
    : folderTransport(options.outboxDir, from);
}
