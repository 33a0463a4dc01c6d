import type { ReactNode } from 'react';
import type { PreviewChannel, PreviewContent } from './job-page-data';
import type { Language } from '../i18n/catalogue';
import { formatDate, formatNumber } from '../i18n/translate';
import type { Translate } from './translator';

/**
 * What the preview shows. Everything is optional so the recruiter's editor can show a draft
 * while it is being written; a published preview always has every field.
 */
export interface JobPreviewInput extends Partial<PreviewContent> {
  jobTitle?: string;
  organizationName?: string;
  publishedAt?: string | Date;
}

export interface JobPreviewProps {
  preview: JobPreviewInput;
  locale: Language;
  t: Translate;
  /**
   * The level of the headline: 1 on the job page; the editor's live preview sits under its own
   * heading and passes 3, so its page keeps one `<h1>`. Section headings follow one level down.
   */
  headingLevel?: 1 | 2 | 3;
}

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading of a given level (`<h1>`…`<h6>`); styles hang on classes, not on the tag. */
function Heading({
  level,
  children,
  ...rest
}: {
  level: number;
  children: ReactNode;
  id?: string;
  className?: string;
}) {
  const Tag = `h${Math.min(6, Math.max(1, level)) as Level}` as const;
  return <Tag {...rest}>{children}</Tag>;
}

/**
 * The realistic job preview as a candidate reads it: the one component behind the public job
 * page (rendered on the server) and the recruiter editor's live preview. Props in, markup
 * out: no data fetching, no state, no browser APIs. In the editor, import `./job-page.css`
 * and put it inside an element with class `jp-page` (the page's font, colours and spacing);
 * pass `jobPageTranslator(draft.locale)` as `t` so it reads in the preview's language.
 */
export function JobPreview({ preview, locale, t, headingLevel = 1 }: JobPreviewProps) {
  const h1 = headingLevel;
  const typicalDay = preview.typicalDay ?? [];
  const timeAllocation = preview.timeAllocation ?? [];
  const culture = preview.culture ?? [];
  const hardParts = preview.hardParts ?? [];
  const requirements = (preview.demands ?? []).filter((d) => d.kind === 'requirement');
  const expectations = (preview.demands ?? []).filter((d) => d.kind === 'expectation');
  const percent = (value: number | undefined) =>
    formatNumber((value ?? 0) / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <article className="jp-preview" lang={locale}>
      <header className="jp-hero">
        {preview.jobTitle && preview.organizationName ? (
          <p className="jp-eyebrow">
            {t('jobPage.eyebrow', {
              jobTitle: preview.jobTitle,
              organization: preview.organizationName,
            })}
          </p>
        ) : null}
        <Heading level={h1} className="jp-headline">
          {preview.headline}
        </Heading>
        {preview.summary ? <p className="jp-summary">{preview.summary}</p> : null}
        <dl className="jp-facts" aria-label={t('jobPage.facts')}>
          {preview.location ? (
            <div className="jp-fact">
              <dt>
                <Icon name="pin" />
                {t('jobPage.location')}
              </dt>
              <dd>{preview.location}</dd>
            </div>
          ) : null}
          {preview.remote ? (
            <div className="jp-fact">
              <dt>
                <Icon name="home" />
                {t('jobPage.workplace')}
              </dt>
              <dd>{t(`jobPage.remote.${preview.remote}`)}</dd>
            </div>
          ) : null}
        </dl>
        {preview.publishedAt ? (
          <p className="jp-published">
            {t('jobPage.published', {
              date: formatDate(preview.publishedAt, locale),
            })}
          </p>
        ) : null}
      </header>

      {hardParts.length > 0 ? (
        <section className="jp-hard" id="hard-parts" aria-labelledby="jp-hard-title">
          <div className="jp-hard-head">
            <Icon name="alert" className="jp-hard-icon" />
            <Heading level={h1 + 1} id="jp-hard-title" className="jp-hard-title">
              {t('jobPage.hardParts.title')}
            </Heading>
          </div>
          <p className="jp-hard-intro">{t('jobPage.hardParts.intro')}</p>
          <ul className="jp-hard-list">
            {hardParts.map((part, i) => (
              <li key={i}>{part}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {typicalDay.length > 0 ? (
        <Section level={h1 + 1} id="typical-day" title={t('jobPage.typicalDay.title')}>
          <ol className="jp-timeline">
            {typicalDay.map((block, i) => (
              <li className="jp-block" key={i}>
                <p className="jp-block-time">
                  <time>{block.start}</time>–<time>{block.end}</time>
                  <span className="jp-block-duration">{duration(block.start, block.end, t)}</span>
                </p>
                <div className="jp-block-body">
                  <Heading level={h1 + 2} className="jp-block-activity">
                    {block.activity}
                  </Heading>
                  {block.channel ? <Channel channel={block.channel} t={t} /> : null}
                  {block.description ? (
                    <p className="jp-block-description">{block.description}</p>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}

      {timeAllocation.length > 0 ? (
        <Section level={h1 + 1} id="time-allocation" title={t('jobPage.timeAllocation.title')}>
          <p className="jp-caption">{t('jobPage.timeAllocation.caption')}</p>
          <ul className="jp-allocation">
            {timeAllocation.map((entry, i) => (
              <li key={i}>
                <span className="jp-allocation-label">
                  <span>{entry.activity}</span>
                  <strong>{percent(entry.percent)}</strong>
                </span>
                <span className="jp-bar" aria-hidden="true">
                  <span style={{ width: `${clampPercent(entry.percent)}%` }} />
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {requirements.length + expectations.length > 0 ? (
        <Section level={h1 + 1} id="demands" title={t('jobPage.demands.title')}>
          <div className="jp-demands">
            {requirements.length > 0 ? (
              <div className="jp-demand-group jp-demand-group--requirement">
                <Heading level={h1 + 2} className="jp-demand-title">
                  <Icon name="check" />
                  {t('jobPage.demands.requirements')}
                </Heading>
                <p className="jp-caption">{t('jobPage.demands.requirementsIntro')}</p>
                <ul>
                  {requirements.map((d, i) => (
                    <li key={i}>{d.text}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {expectations.length > 0 ? (
              <div className="jp-demand-group jp-demand-group--expectation">
                <Heading level={h1 + 2} className="jp-demand-title">
                  <Icon name="target" />
                  {t('jobPage.demands.expectations')}
                </Heading>
                <p className="jp-caption">{t('jobPage.demands.expectationsIntro')}</p>
                <ul>
                  {expectations.map((d, i) => (
                    <li key={i}>{d.text}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </Section>
      ) : null}

      {culture.length > 0 ? (
        <Section level={h1 + 1} id="culture" title={t('jobPage.culture.title')}>
          <ul className="jp-culture">
            {culture.map((statement, i) => (
              <li key={i}>{statement}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </article>
  );
}

function Section({
  id,
  title,
  level,
  children,
}: {
  id: string;
  title: string;
  level: number;
  children: ReactNode;
}) {
  return (
    <section className="jp-section" id={id} aria-labelledby={`jp-${id}-title`}>
      <Heading level={level} id={`jp-${id}-title`} className="jp-section-title">
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Channel({ channel, t }: { channel: PreviewChannel; t: Translate }) {
  return (
    <p className={`jp-channel jp-channel--${channel}`}>
      <Icon name={channel} />
      <span className="jp-visually-hidden">{t('jobPage.channel')}: </span>
      {t(`jobPage.channel.${channel}`)}
    </p>
  );
}

/** "2 h 30 min" between two HH:MM times of the same day; empty when either is malformed. */
export function duration(start: string, end: string, t: Translate): string {
  const minutes = minutesOf(end) - minutesOf(start);
  if (!Number.isFinite(minutes) || minutes <= 0) return '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('jobPage.typicalDay.minutes', { minutes: rest });
  if (rest === 0) return t('jobPage.typicalDay.hours', { hours });
  return t('jobPage.typicalDay.duration', { hours, minutes: rest });
}

function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

function clampPercent(value: number | undefined): number {
  return Math.max(0, Math.min(100, value ?? 0));
}

const ICON_PATHS: Record<string, string> = {
  pin: 'M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z',
  home: 'M3 11 12 3l9 8v10h-6v-6H9v6H3Z',
  alert: 'M12 2 1 21h22L12 2Zm0 6 .9 7h-1.8L12 8Zm0 9.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6Z',
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4Z',
  target:
    'M12 2a10 10 0 1 0 10 10A10 10 0 0 0 12 2Zm0 18a8 8 0 1 1 8-8 8 8 0 0 1-8 8Zm0-14a6 6 0 1 0 6 6 6 6 0 0 0-6-6Zm0 10a4 4 0 1 1 4-4 4 4 0 0 1-4 4Zm0-6a2 2 0 1 0 2 2 2 2 0 0 0-2-2Z',
  phone:
    'M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1 11.4 11.4 0 0 0 .57 3.6 1 1 0 0 1-.25 1Z',
  digital:
    'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-6v2h3v2H7v-2h3v-2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm0 2v10h16V6Z',
  inPerson:
    'M9 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8Zm7 0a3 3 0 1 1 0-6 3 3 0 0 1 0 6ZM1 20c0-3.3 3.6-6 8-6s8 2.7 8 6v1H1Zm17 1v-1c0-1.7-.7-3.2-1.9-4.4 3.3.3 5.9 2.2 5.9 4.4v1Z',
  internal: 'M4 3h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H8l-5 4V4a1 1 0 0 1 1-1Zm1 2v11.2L7.3 15H19V5Z',
};

/** Decorative: every icon sits beside a text that says the same. */
function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg
      className={`jp-icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={ICON_PATHS[name]} fill="currentColor" />
    </svg>
  );
}
