/**
 * A real SMTP server in the test process (smtp-server), keeping every message
 * it accepted, parsed by mailparser. `stop()` and `start()` again on the same
 * port stand for a mail server that is down and then up.
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface TestSmtp {
  url: string;
  port: number;
  received: ParsedMail[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when `count` messages have arrived in all. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  let server: SMTPServer | undefined;
  let port = 0;
  const waiters: Array<() => void> = [];
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push(mail);
            waiters.forEach((w) => w());
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
  const smtp: TestSmtp = {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    received,
    async start() {
      const s = make();
      await new Promise<void>((resolve, reject) => {
        s.server.once('error', reject);
        s.listen(port, '127.0.0.1', () => resolve());
      });
      port = (s.server.address() as AddressInfo).port;
      server = s;
    },
    async stop() {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length >= count) {
            clearTimeout(timer);
            resolve(received);
            return true;
          }
          return false;
        };
        const timer = setTimeout(
          () => reject(new Error(`${received.length} of ${count} messages arrived`)),
          timeoutMs,
        );
        if (!check()) waiters.push(() => void check());
      });
    },
  };
  await smtp.start();
  return smtp;
}
