import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/server.js';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';
import type { Store } from '../../src/store/open.js';
import { enqueueMail } from '../../src/store/outbox.js';
import { createMailWorker } from '../../src/mail/worker.js';
import { folderTransport, smtpTransport } from '../../src/mail/transport.js';

let store: Store;
let cleanup: () => Promise<void>;
let smtp: TestSmtp;

/** A clock the test moves, so backoff is crossed without waiting. */
const clock = { at: new Date('2030-01-01T00:00:00Z'), now: () => new Date(clock.at) };
const later = (ms: number) => (clock.at = new Date(clock.at.getTime() + ms));

beforeAll(async () => {
  ({ store, cleanup } = await openTestStore());
  await store.migrate();
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.stop();
  await cleanup();
});

const unsent = () =>
  store.db
    .selectFrom('outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .execute();

async function clearOutbox() {
  await store.db.deleteFrom('outbox').execute();
  smtp.received.length = 0;
}

describe('the mail outbox', () => {
  it('sends a message once over SMTP, with text, HTML and a Message-ID of its own', async () => {
    await clearOutbox();
    const id = await enqueueMail(store.db, clock.now(), {
      kind: 'test',
      to: 'anna@norrhamn.example',
      subject: 'Välkommen',
      text: 'Hej Anna – åäö',
      html: '<p>Hej Anna – åäö</p>',
    });
    const worker = createMailWorker({
      db: store.db,
      transport: smtpTransport(smtp.url, 'Entrypoint <no-reply@entrypoint.test>'),
      clock,
    });
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    expect(smtp.received).toHaveLength(1);
    expect(mail!.subject).toBe('Välkommen');
    expect(mail!.text?.trim()).toBe('Hej Anna – åäö');
    expect(mail!.html).toContain('<p>Hej Anna – åäö</p>');
    expect(mail!.from?.value).toEqual([
      { name: 'Entrypoint', address: 'no-reply@entrypoint.test' },
    ]);
    expect(mail!.messageId).toBe(`<${id}@entrypoint.test>`);
    expect(await unsent()).toEqual([]);
  });

  it('keeps messages while the mail server is down and sends each exactly once when it is up', async () => {
    await clearOutbox();
    const transport = smtpTransport(smtp.url);
    const worker = createMailWorker({ db: store.db, transport, clock, backoffMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      await enqueueMail(store.db, clock.now(), {
        kind: 'test',
        to: `p${i}@example.org`,
        subject: `Message ${i}`,
        text: `Body ${i}`,
      });
    }
    await smtp.stop();

    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 3 });
    const waiting = await unsent();
    expect(waiting.map((r) => r.attempts)).toEqual([1, 1, 1]);
    expect(waiting.every((r) => r.last_error)).toBe(true);
    // Before the backoff has passed nothing is tried again.
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    later(60_000);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 3 });
    // The second wait is twice the first.
    later(60_000);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });

    await smtp.start();
    later(60_000);
    expect(await worker.runOnce()).toEqual({ sent: 3, failed: 0 });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    await smtp.waitFor(3);
    expect(smtp.received.map((m) => m.subject).sort()).toEqual([
      'Message 0',
      'Message 1',
      'Message 2',
    ]);
    expect(await unsent()).toEqual([]);
  });

  it('gives up after the last attempt and keeps the message with its error', async () => {
    await clearOutbox();
    await enqueueMail(store.db, clock.now(), {
      kind: 'test',
      to: 'x@example.org',
      subject: 'S',
      text: 'T',
    });
    await smtp.stop();
    const worker = createMailWorker({
      db: store.db,
      transport: smtpTransport(smtp.url),
      clock,
      backoffMs: 1000,
      maxAttempts: 2,
    });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    later(1000);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    later(3_600_000);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    const [row] = await store.db.selectFrom('outbox').selectAll().execute();
    expect(row!.failed_at).not.toBeNull();
    expect(row!.attempts).toBe(2);
    expect(row!.last_error).toMatch(/ECONNREFUSED|connect/i);
    await smtp.start();
  });

  it('shares the outbox between workers running at once: every message is sent once', async () => {
    await clearOutbox();
    const count = 40;
    for (let i = 0; i < count; i++) {
      await enqueueMail(store.db, clock.now(), {
        kind: 'test',
        to: `q${i}@example.org`,
        subject: `Shared ${i}`,
        text: 'x',
      });
    }
    const workers = [1, 2, 3].map(() =>
      createMailWorker({ db: store.db, transport: smtpTransport(smtp.url), clock, batch: 5 }),
    );
    let total = 0;
    for (;;) {
      const rounds = await Promise.all(workers.map((w) => w.runOnce()));
      const sent = rounds.reduce((n, r) => n + r.sent, 0);
      if (sent === 0) break;
      total += sent;
    }
    expect(total).toBe(count);
    await smtp.waitFor(count);
    const subjects = smtp.received.map((m) => m.subject);
    expect(new Set(subjects).size).toBe(count);
    expect(subjects).toHaveLength(count);
  });

  it('a started worker sends what is enqueued and stops cleanly', async () => {
    await clearOutbox();
    const worker = createMailWorker({
      db: store.db,
      transport: smtpTransport(smtp.url),
      pollMs: 20,
    });
    worker.start();
    await enqueueMail(store.db, new Date(), {
      kind: 'test',
      to: 'r@example.org',
      subject: 'Live',
      text: 'x',
    });
    worker.wake();
    await smtp.waitFor(1);
    await worker.stop();
    expect(smtp.received.map((m) => m.subject)).toEqual(['Live']);
    expect(await unsent()).toEqual([]);
  });

  it('without an SMTP server, writes each message as an .eml file that parses', async () => {
    await clearOutbox();
    const dir = mkdtempSync(join(tmpdir(), 'ep-outbox-'));
    try {
      await enqueueMail(store.db, clock.now(), {
        kind: 'test',
        to: 'b@example.org',
        subject: 'Kod 123456',
        text: 'Din kod: 123456',
      });
      const worker = createMailWorker({ db: store.db, transport: folderTransport(dir), clock });
      expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 });
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const mail = await simpleParser(readFileSync(join(dir, files[0]!)));
      expect(mail.subject).toBe('Kod 123456');
      expect(mail.text?.trim()).toBe('Din kod: 123456');
      expect(mail.to).toMatchObject({ text: 'b@example.org' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
