import {
  LINK,
  MAIL_LOCALES,
  MAIL_TEMPLATES,
  type MailLocale,
  type MailTemplate,
  type MailTemplateName,
  type MailTemplateParams,
} from './templates';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(MAIL_TEMPLATES, name);
}

export function mailLocale(locale: string | null | undefined): MailLocale {
  return (MAIL_LOCALES as readonly string[]).includes(locale ?? '') ? (locale as MailLocale) : 'en';
}

/**
 * Renders a template to a plain-text body and a minimal HTML body with the same paragraphs
 * (every value escaped; the link is the only anchor). `link` is required when the template
 * has one.
 */
export function renderMail<N extends MailTemplateName>(
  name: N,
  locale: string,
  params: MailTemplateParams[N],
  link?: string,
): RenderedMail {
  const template = MAIL_TEMPLATES[name] as MailTemplate<MailTemplateParams[N]>;
  const content = template.render[mailLocale(locale)](params);
  if (template.link !== 'none' && !link) throw new Error(`mail ${name} needs a link`);
  const paragraphs = content.paragraphs.map((p) => (p === LINK ? (link ?? '') : p));
  const text = `${paragraphs.join('\n\n')}\n\n— Rolefit\n`;
  const html =
    `<!doctype html><html lang="${mailLocale(locale)}"><body style="font-family:sans-serif;line-height:1.5">` +
    content.paragraphs
      .map((p) =>
        p === LINK
          ? `<p><a href="${escapeHtml(link ?? '')}">${escapeHtml(link ?? '')}</a></p>`
          : `<p>${escapeHtml(p)}</p>`,
      )
      .join('') +
    '<p>— Rolefit</p></body></html>';
  return { subject: content.subject.replace(/[\r\n]+/g, ' '), text, html };
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
