import { renderMail } from './render';
import { MAIL_LOCALES, MAIL_TEMPLATES, type MailTemplateName } from './templates';

const PARAMS = {
  'candidate-link': {
    name: 'Kari <b>',
    roleTitle: 'Meeting booker',
    organizationName: 'Nordlys & Co',
    expiresAt: '2026-12-17T10:00:00.000Z',
  },
  'candidate-reminder': {
    name: 'Kari',
    roleTitle: 'Meeting booker',
    organizationName: 'Nordlys',
    expiresAt: '2026-12-17T10:00:00.000Z',
  },
  'staff-invitation': {
    name: 'Ola',
    organizationName: 'Nordlys',
    invitedBy: 'Ingrid',
    role: 'recruiter',
    expiresAt: '2026-12-10T10:00:00.000Z',
  },
  'password-reset': { name: 'Ola', validMinutes: 30 },
  'retention-warning': {
    name: 'Kari',
    roleTitle: 'Meeting booker',
    organizationName: 'Nordlys',
    anonymizeOn: '2026-12-10T10:00:00.000Z',
  },
} as const;

describe('mail templates', () => {
  const link = 'https://rolefit.example/a#abc_DEF-123';

  it.each(
    (Object.keys(MAIL_TEMPLATES) as MailTemplateName[]).flatMap((name) =>
      MAIL_LOCALES.map((locale) => [name, locale] as const),
    ),
  )('%s renders in %s with its link (if any) once in text and html', (name, locale) => {
    if (MAIL_TEMPLATES[name].link === 'none') {
      const mail = renderMail(name, locale, PARAMS[name] as never);
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.html).not.toContain('<a href');
      expect(mail.html).toContain(`lang="${locale}"`);
      return;
    }
    const mail = renderMail(name, locale, PARAMS[name] as never, link);
    expect(mail.subject.length).toBeGreaterThan(5);
    expect(mail.text.split(link)).toHaveLength(2);
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`);
    expect(mail.html).toContain(`lang="${locale}"`);
  });

  it('writes English and Norwegian differently, with dates in each language', () => {
    const en = renderMail('candidate-link', 'en', PARAMS['candidate-link'], link);
    const nb = renderMail('candidate-link', 'nb', PARAMS['candidate-link'], link);
    expect(en.subject).toBe('Your questionnaire for Meeting booker at Nordlys & Co');
    expect(nb.subject).toBe('Spørreskjemaet ditt for Meeting booker hos Nordlys & Co');
    expect(en.text).toContain('until 17 December 2026');
    expect(nb.text).toContain('til 17. desember 2026');
  });

  it('tells the candidate the day their data goes, in their language', () => {
    const params = PARAMS['retention-warning'];
    const en = renderMail('retention-warning', 'en', params);
    const nb = renderMail('retention-warning', 'nb', params);
    expect(en.subject).toBe('Your application data at Nordlys will be deleted on 10 December 2026');
    expect(nb.subject).toBe('Søknadsdataene dine hos Nordlys slettes 10. desember 2026');
    expect(en.text).toContain('for Meeting booker until 10 December 2026');
    expect(nb.text).toContain('til Meeting booker til 10. desember 2026');
  });

  it('escapes every value in html and falls back to English for other locales', () => {
    const mail = renderMail('candidate-link', 'de', PARAMS['candidate-link'], link);
    expect(mail.html).toContain('Hello Kari &lt;b&gt;,');
    expect(mail.html).toContain('Nordlys &amp; Co');
    expect(mail.html).not.toContain('<b>');
    expect(mail.text).toContain('Hello Kari <b>,');
  });

  it('refuses to render a linked template without its link', () => {
    expect(() => renderMail('password-reset', 'en', PARAMS['password-reset'])).toThrow(
      /needs a link/,
    );
  });
});
