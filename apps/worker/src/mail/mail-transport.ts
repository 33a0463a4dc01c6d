import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import type { RenderedMail } from '@rolefit/mail';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

export interface OutgoingMail extends RenderedMail {
  id: string;
  to: string;
}

/**
 * Hands rendered mail to SMTP (SMTP_URL) through nodemailer. Without SMTP_URL (development
 * only; production refuses to start without it) each mail is written as an .eml file to
 * MAIL_DIR and announced in the log, so nothing is lost and every link is at hand.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly smtp?: Mail;
  private readonly local?: Mail;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.smtp = createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
    } else {
      this.local = createTransport(
        { streamTransport: true, buffer: true, newline: 'unix' },
        { from: config.MAIL_FROM },
      );
    }
  }

  get describe(): string {
    return this.smtp ? 'SMTP' : `files in ${resolve(this.config.MAIL_DIR)} (no SMTP_URL)`;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const message = {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // A stable Message-ID: if a crash makes us send the same mail twice, mail clients and
      // servers that de-duplicate by Message-ID show it once.
      messageId: `<${mail.id}@rolefit.mail>`,
    };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      return;
    }
    const info = (await this.local!.sendMail(message)) as { message: Buffer };
    await mkdir(this.config.MAIL_DIR, { recursive: true });
    const file = join(this.config.MAIL_DIR, `${mail.id}.eml`);
    await writeFile(file, info.message);
    const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
    this.logger.log(
      `mail kept locally (no SMTP_URL): ${file} — to ${mail.to}: "${mail.subject}"` +
        (links.length ? ` ${links.join(' ')}` : ''),
    );
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}
