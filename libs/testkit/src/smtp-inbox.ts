import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './wait';

export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/**
 * A real SMTP server in the test process (the `smtp-server` package) that parses what it
 * receives with `mailparser`. The worker talks SMTP to it exactly as to a production server.
 * stop() and start() again on the same port simulate an outage; so does a port given to the
 * constructor with nothing listening on it yet (connection refused, as a dead mail relay).
 */
export class SmtpInbox {
  readonly mails: ReceivedMail[] = [];
  private server?: SMTPServer;

  /** `port` 0 (the default): a free one, chosen by the first start(). */
  constructor(private port = 0) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            const to = parsed.to;
            this.mails.push({
              to: (Array.isArray(to) ? to[0] : to)?.value[0]?.address?.toLowerCase() ?? '',
              from: parsed.from?.value[0]?.address ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mails to this address so far. */
  to(address: string): ReceivedMail[] {
    return this.mails.filter((m) => m.to === address.toLowerCase());
  }

  /** How many mails each address received. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.mails) counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
    return counts;
  }

  /** Waits until `count` mails reached `address` and returns them. */
  async waitFor(address: string, count = 1, timeoutMs = 30_000): Promise<ReceivedMail[]> {
    return waitFor(async () => {
      const got = this.to(address);
      return got.length >= count ? got : undefined;
    }, timeoutMs);
  }
}

/** The candidate link (`…/a#token`) in a mail, or undefined. */
export function candidateTokenIn(mail: ReceivedMail): string | undefined {
  return /\/a#([A-Za-z0-9_-]{43})\b/.exec(mail.text)?.[1];
}

/** The one-time staff token (`…/app/invitation#…` or `…/app/reset-password#…`). */
export function staffTokenIn(mail: ReceivedMail): string | undefined {
  return /\/app\/(?:invitation|reset-password)#([A-Za-z0-9_-]{20,})/.exec(mail.text)?.[1];
}
