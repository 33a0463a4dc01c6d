/**
 * Server entry of the public job page, built by Vite (`vite.job-page.config.ts`) into one
 * CommonJS file that the API process loads at start. Pure functions: data in, HTML out. The
 * API renders each published version once and serves the string from its cache.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import css from './job-page.css?inline';
import type { PublishedPreview } from './job-page-data';
import { buildJobPageHead } from './job-page-head';
import type { Language } from '../i18n/catalogue';
import { jobPageTranslator } from './translator';
import { JobPageDocument, MessageDocument, NotFoundDocument } from './JobPageDocument';
import type { PrivacyNotice } from './RespondSection';

export type { PublishedPreview } from './job-page-data';
export type { PrivacyNotice } from './RespondSection';

const DOCTYPE = '<!doctype html>';

export interface RenderJobPageInput {
  preview: PublishedPreview;
  /** Absolute base of public links (canonical URL, Open Graph, JobPosting). */
  baseUrl: string;
  /** URL of the built island script; without it the page still reads and its forms post. */
  islandSrc?: string;
  privacyNotice?: PrivacyNotice;
}

export function renderJobPage(input: RenderJobPageInput): string {
  const { preview } = input;
  const t = jobPageTranslator(preview.locale);
  const head = buildJobPageHead(preview, {
    baseUrl: input.baseUrl,
    labels: {
      title: t('jobPage.documentTitle', {
        jobTitle: preview.jobTitle,
        organization: preview.organizationName,
      }),
      typicalDay: t('jobPage.typicalDay.title'),
      hardParts: t('jobPage.hardParts.title'),
      requirements: t('jobPage.demands.requirements'),
      expectations: t('jobPage.demands.expectations'),
    },
  });
  return (
    DOCTYPE +
    renderToStaticMarkup(
      <JobPageDocument
        preview={preview}
        head={head}
        css={css}
        islandSrc={input.islandSrc}
        privacyNotice={input.privacyNotice}
        t={t}
      />,
    )
  );
}

export function renderNotFoundPage(locale: Language): string {
  return (
    DOCTYPE +
    renderToStaticMarkup(
      <NotFoundDocument locale={locale} css={css} t={jobPageTranslator(locale)} />,
    )
  );
}

export type FormOutcome =
  'interested' | 'notForMe' | 'sent' | 'failed' | 'closed' | 'conflict' | 'tooMany' | 'invalid';

/** The answer to a reaction or application posted without JavaScript. */
export function renderFormOutcomePage(input: {
  locale: Language;
  slug: string;
  outcome: FormOutcome;
  email?: string;
}): string {
  const t = jobPageTranslator(input.locale);
  const texts: Record<FormOutcome, [string, string]> = {
    interested: [t('jobPage.respond.title'), t('jobPage.react.thanksInterested')],
    notForMe: [t('jobPage.respond.title'), t('jobPage.react.thanksNotForMe')],
    sent: [t('jobPage.apply.sentTitle'), t('jobPage.apply.sent', { email: input.email ?? '' })],
    failed: [t('jobPage.apply.title'), t('jobPage.react.failed')],
    closed: [t('jobPage.apply.title'), t('jobPage.apply.closed')],
    conflict: [t('jobPage.apply.title'), t('jobPage.apply.alreadyStarted')],
    tooMany: [t('jobPage.apply.title'), t('jobPage.apply.tooMany')],
    invalid: [t('jobPage.apply.title'), t('jobPage.apply.invalidNoScript')],
  };
  const [title, body] = texts[input.outcome];
  return (
    DOCTYPE +
    renderToStaticMarkup(
      <MessageDocument
        locale={input.locale}
        css={css}
        title={title}
        body={body}
        backHref={`/jobs/${encodeURIComponent(input.slug)}`}
        t={t}
      />,
    )
  );
}
