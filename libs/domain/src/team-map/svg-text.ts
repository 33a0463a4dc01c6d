/**
 * Characters XML 1.0 forbids even when escaped: C0 controls other than tab/LF/CR, the
 * non-characters U+FFFE/U+FFFF and unpaired surrogates. Names come from users, so one stray
 * control character must not make the whole document unparsable. (Built from strings so the
 * no-control-regex lint rule, which guards against accidental control characters, stays on.)
 */
const FORBIDDEN_IN_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])', // high surrogate without its low half
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]', // low surrogate without its high half
  ].join('|'),
  'g',
);

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for element content and (double- or single-quoted) attribute values. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Rough rendered width of sans-serif text, used only to size the document to its content
 * (there is no font metrics engine here); generous so labels do not get clipped.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil([...text].length * fontSize * 0.62);
}

/**
 * A fit as the map shows it: a whole number (the result keeps 2 decimals; on a slide or in a
 * meeting, 91 reads better than 90.78). A missing value (no one holds a role) is a dash.
 */
export function formatFit(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const whole = Math.round(value);
  return String(whole === 0 ? 0 : whole);
}
