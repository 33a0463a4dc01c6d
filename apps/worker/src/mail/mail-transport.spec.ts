import { loadConfig } from '@rolefit/config';
import { simpleParser } from 'mailparser';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailTransport } from './mail-transport';

describe('MailTransport without SMTP_URL (development)', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'rolefit-mail-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps each mail as a readable .eml file in MAIL_DIR', async () => {
    const transport = new MailTransport(
      loadConfig({ MAIL_DIR: dir, MAIL_FROM: 'Rolefit <hi@rolefit.example>' }),
    );
    expect(transport.describe).toContain(dir);
    await transport.send({
      id: 'mail-1',
      to: 'kari@example.com',
      subject: 'Hei Kari',
      text: 'Lenke: https://rolefit.example/a#abc',
      html: '<p>Lenke</p>',
    });
    const parsed = await simpleParser(await readFile(join(dir, 'mail-1.eml')));
    expect(parsed.subject).toBe('Hei Kari');
    expect(parsed.text?.trim()).toBe('Lenke: https://rolefit.example/a#abc');
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Rolefit', address: 'hi@rolefit.example' });
    expect(parsed.messageId).toBe('<mail-1@rolefit.mail>');
  });
});
