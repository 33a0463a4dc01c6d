import type { PublishedPreview } from './job-page-data';

/** Localised words the head needs; the caller takes them from the message catalogue. */
export interface JobPageHeadLabels {
  /** The document title, e.g. "Meeting booker at Demo Sales AS". */
  title: string;
  typicalDay: string;
  hardParts: string;
  requirements: string;
  expectations: string;
}

export interface JobPageHead {
  title: string;
  description: string;
  canonicalUrl: string;
  /** `<meta property content>` pairs, in order. */
  openGraph: [property: string, content: string][];
  /** The JobPosting, already serialised so that it is safe inside a `<script>` element. */
  jsonLd: string;
}

const META_DESCRIPTION_MAX = 160;
const OG_LOCALE = { en: 'en_GB', nb: 'nb_NO' } as const;

/**
 * Everything in the job page's `<head>` that comes from the preview: title, meta
 * description, Open Graph tags and the schema.org JobPosting, so that a shared link and a job
 * search engine both show the real job.
 */
export function buildJobPageHead(
  preview: PublishedPreview,
  options: { baseUrl: string; labels: JobPageHeadLabels },
): JobPageHead {
  const canonicalUrl = jobPageUrl(options.baseUrl, preview.slug);
  const description = metaDescription(preview.summary);
  return {
    title: options.labels.title,
    description,
    canonicalUrl,
    openGraph: [
      ['og:type', 'website'],
      ['og:title', preview.headline],
      ['og:description', description],
      ['og:url', canonicalUrl],
      ['og:site_name', preview.organizationName],
      ['og:locale', OG_LOCALE[preview.locale]],
    ],
    jsonLd: serializeJsonLd(buildJobPosting(preview, canonicalUrl, options.labels)),
  };
}

export function jobPageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/jobs/${encodeURIComponent(slug)}`;
}

/** schema.org JobPosting (https://schema.org/JobPosting) built from the published preview. */
export function buildJobPosting(
  preview: PublishedPreview,
  url: string,
  labels: Pick<JobPageHeadLabels, 'typicalDay' | 'hardParts' | 'requirements' | 'expectations'>,
): Record<string, unknown> {
  const requirements = preview.demands.filter((d) => d.kind === 'requirement').map((d) => d.text);
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: preview.jobTitle,
    description: postingDescription(preview, labels),
    datePosted: isoDate(preview.publishedAt),
    inLanguage: preview.locale,
    url,
    directApply: true,
    identifier: {
      '@type': 'PropertyValue',
      name: preview.organizationName,
      value: `${preview.slug}#${preview.version}`,
    },
    hiringOrganization: { '@type': 'Organization', name: preview.organizationName },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: preview.location },
    },
  };
  if (preview.remote === 'remote') posting.jobLocationType = 'TELECOMMUTE';
  if (requirements.length > 0) posting.qualifications = requirements.join('\n');
  if (preview.timeAllocation.length > 0)
    posting.responsibilities = preview.timeAllocation
      .map((a) => `${a.activity} (${a.percent} %)`)
      .join('\n');
  return posting;
}

/**
 * JobPosting's `description` is HTML: the summary, the typical day, the demands and — because
 * they are the point of a realistic preview — the hard parts. Every text is HTML-escaped here;
 * the whole value is then JSON-escaped by `serializeJsonLd`.
 */
function postingDescription(
  preview: PublishedPreview,
  labels: Pick<JobPageHeadLabels, 'typicalDay' | 'hardParts' | 'requirements' | 'expectations'>,
): string {
  const list = (items: string[]) =>
    `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  const section = (heading: string, items: string[]) =>
    items.length === 0 ? '' : `<h3>${escapeHtml(heading)}</h3>${list(items)}`;
  return [
    `<p>${escapeHtml(preview.summary)}</p>`,
    section(
      labels.typicalDay,
      preview.typicalDay.map((b) => `${b.start}–${b.end} ${b.activity}: ${b.description}`),
    ),
    section(labels.hardParts, preview.hardParts),
    section(
      labels.requirements,
      preview.demands.filter((d) => d.kind === 'requirement').map((d) => d.text),
    ),
    section(
      labels.expectations,
      preview.demands.filter((d) => d.kind === 'expectation').map((d) => d.text),
    ),
  ].join('');
}

/**
 * The summary as one line of at most 160 characters (what search results show), cut at a
 * word boundary with an ellipsis when longer.
 */
export function metaDescription(text: string, max = META_DESCRIPTION_MAX): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * JSON for an inline `<script type="application/ld+json">`. JSON.stringify alone is not
 * enough: a `</script>` (or `<!--`) inside any string would end the element early and let
 * the rest be parsed as HTML. `<`, `>` and `&` become \u escapes (still the same JSON value),
 * and so do U+2028/U+2029, which some older parsers treat as line ends.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function isoDate(value: string | Date): string {
  return new Date(value).toISOString().slice(0, 10);
}
