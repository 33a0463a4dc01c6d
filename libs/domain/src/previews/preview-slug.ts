/** Long enough to read the title, short enough for a shareable link. */
export const MAX_SLUG_BASE_LENGTH = 60;

/** Used when a title has no Latin letters or digits at all (e.g. only emoji). */
const FALLBACK_SLUG_BASE = 'job';

/**
 * Letters that Unicode decomposition does not turn into a base letter plus accent. Norwegian
 * letters follow the brief (ø → o, not oe) so "Kundeansvarlig Sør" reads "kundeansvarlig-sor".
 */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ß: 'ss',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
};

/**
 * URL-safe public slug for a preview: lowercase ASCII words from the job title joined by single
 * dashes, cut at a word boundary to about 60 characters, then `-<suffix>`. The random suffix
 * makes slugs unique and unguessable across organisations that use the same job title.
 */
export function makePreviewSlug(title: string, randomSuffix: string): string {
  const suffix = toSlugWords(randomSuffix);
  if (suffix.length === 0) {
    throw new RangeError('randomSuffix must contain at least one letter or digit');
  }
  const base =
    truncateAtWordBoundary(toSlugWords(title), MAX_SLUG_BASE_LENGTH) || FALLBACK_SLUG_BASE;
  return `${base}-${suffix}`;
}

function toSlugWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåßœđðþł]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function truncateAtWordBoundary(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  // A single very long word has no boundary to cut at; then a hard cut is the only option.
  const trimmed = lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength);
  return trimmed.replace(/-+$/, '');
}
