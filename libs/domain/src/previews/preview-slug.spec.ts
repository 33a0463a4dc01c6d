import { makePreviewSlug, MAX_SLUG_BASE_LENGTH } from './preview-slug';

describe('makePreviewSlug', () => {
  it('lowercases and joins words with single dashes', () => {
    expect(makePreviewSlug('Senior Account Executive', 'k3x9')).toBe(
      'senior-account-executive-k3x9',
    );
  });

  it('transliterates Norwegian letters as the product specifies', () => {
    expect(makePreviewSlug('Kundeansvarlig Sør – Bærum & Ålesund', 'a1')).toBe(
      'kundeansvarlig-sor-baerum-alesund-a1',
    );
    expect(makePreviewSlug('ÆØÅ', 'a1')).toBe('aeoa-a1');
  });

  it('strips other diacritics', () => {
    expect(makePreviewSlug('Café Führungskraft Señor Łódź Straße', 'z')).toBe(
      'cafe-fuhrungskraft-senor-lodz-strasse-z',
    );
  });

  it('collapses runs of punctuation and trims dashes at the ends', () => {
    expect(makePreviewSlug('  --Sales!!  /  B2B -- (Oslo)--  ', 'x1')).toBe('sales-b2b-oslo-x1');
  });

  it('produces only url-safe characters', () => {
    const slug = makePreviewSlug('Salg 100% 🚀 "quotes" <tags> ?q=1#frag', 'ab12');
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug).toBe('salg-100-quotes-tags-q-1-frag-ab12');
  });

  it('cuts long titles at a word boundary within the limit', () => {
    const title =
      'Inside sales representative for enterprise customers in the Nordic and Baltic region';
    const slug = makePreviewSlug(title, 'r4nd');
    const base = slug.slice(0, -'-r4nd'.length);
    expect(base.length).toBeLessThanOrEqual(MAX_SLUG_BASE_LENGTH);
    expect(base).toBe('inside-sales-representative-for-enterprise-customers-in-the');
    expect(slug.endsWith('-r4nd')).toBe(true);
  });

  it('hard-cuts a single overlong word', () => {
    const slug = makePreviewSlug('a'.repeat(80), 's');
    expect(slug).toBe(`${'a'.repeat(MAX_SLUG_BASE_LENGTH)}-s`);
  });

  it('falls back to a neutral base when the title has no usable characters', () => {
    expect(makePreviewSlug('🚀🚀', 'q7')).toBe('job-q7');
  });

  it('sanitises the suffix and refuses an empty one', () => {
    expect(makePreviewSlug('Closer', 'AB_12')).toBe('closer-ab-12');
    expect(() => makePreviewSlug('Closer', '--')).toThrow(RangeError);
  });
});
