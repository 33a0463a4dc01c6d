import type { ReactNode } from 'react';
import type { PublishedPreview } from './job-page-data';
import type { JobPageHead } from './job-page-head';
import type { Language } from '../i18n/catalogue';
import type { Translate } from './translator';
import { JobPreview } from './JobPreview';
import { RespondSection, type PrivacyNotice } from './RespondSection';

/** The whole HTML document of `/jobs/:slug`: everything a candidate reads is in it. */
export function JobPageDocument(props: {
  preview: PublishedPreview;
  head: JobPageHead;
  css: string;
  islandSrc?: string;
  privacyNotice?: PrivacyNotice;
  t: Translate;
}) {
  const { preview, head, t } = props;
  return (
    <Shell
      locale={preview.locale}
      title={head.title}
      css={props.css}
      headExtra={
        <>
          <meta name="description" content={head.description} />
          <link rel="canonical" href={head.canonicalUrl} />
          {head.openGraph.map(([property, content]) => (
            <meta property={property} content={content} key={property} />
          ))}
          <meta name="twitter:card" content="summary" />
          <script
            type="application/ld+json"
            // Serialised by serializeJsonLd: no "<", ">" or "&" can reach the HTML parser.
            dangerouslySetInnerHTML={{ __html: head.jsonLd }}
          />
          {props.islandSrc ? <script type="module" src={props.islandSrc} /> : null}
        </>
      }
      organizationName={preview.organizationName}
    >
      <main id="main" className="jp-main" tabIndex={-1}>
        <JobPreview preview={preview} locale={preview.locale} t={t} />
        <RespondSection
          slug={preview.slug}
          organizationName={preview.organizationName}
          privacyNotice={props.privacyNotice}
          t={t}
        />
      </main>
      <footer className="jp-footer">
        <p>{t('jobPage.footer', { organization: preview.organizationName })}</p>
      </footer>
    </Shell>
  );
}

/** The 404 page for a slug that has no published preview. */
export function NotFoundDocument(props: { locale: Language; css: string; t: Translate }) {
  const { t } = props;
  return (
    <Shell locale={props.locale} title={t('jobPage.notFound.documentTitle')} css={props.css}>
      <main id="main" className="jp-main jp-not-found" tabIndex={-1}>
        <p className="jp-eyebrow">404</p>
        <h1 className="jp-headline">{t('jobPage.notFound.title')}</h1>
        <p className="jp-summary">{t('jobPage.notFound.body')}</p>
      </main>
    </Shell>
  );
}

/** A short page answering a form posted without JavaScript (thanks, or what went wrong). */
export function MessageDocument(props: {
  locale: Language;
  css: string;
  title: string;
  body: string;
  backHref: string;
  t: Translate;
}) {
  return (
    <Shell locale={props.locale} title={props.title} css={props.css}>
      <main id="main" className="jp-main jp-not-found" tabIndex={-1}>
        <h1 className="jp-headline">{props.title}</h1>
        <p className="jp-summary" role="status">
          {props.body}
        </p>
        <p>
          <a className="jp-button jp-button--secondary" href={props.backHref}>
            {props.t('jobPage.thanks.back')}
          </a>
        </p>
      </main>
    </Shell>
  );
}

function Shell(props: {
  locale: Language;
  title: string;
  css: string;
  headExtra?: ReactNode;
  organizationName?: string;
  children: ReactNode;
}) {
  return (
    <html lang={props.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <meta name="color-scheme" content="light" />
        <style dangerouslySetInnerHTML={{ __html: props.css }} />
        {props.headExtra}
      </head>
      <body className="jp-page">
        <div className="jp-topbar">
          <p className="jp-topbar-inner">{props.organizationName ?? 'Rolefit'}</p>
        </div>
        {props.children}
      </body>
    </html>
  );
}
