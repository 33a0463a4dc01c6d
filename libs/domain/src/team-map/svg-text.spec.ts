import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml, estimateTextWidth, formatFit } from './svg-text';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });

  it('does not double-escape', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('replaces characters XML cannot carry, keeping tabs, newlines and emoji', () => {
    const raw = 'x\u0000y\u001Fz\uD800w\tv\n😀';
    expect(escapeXml(raw)).toBe('x\uFFFDy\uFFFDz\uFFFDw\tv\n😀');
  });

  it('round-trips any string through an XML parser', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    for (const s of [`<&>"'`, 'Ærlig Øystein Åse', 'a]]>b', '&lt;already&gt;']) {
      const doc = `<r a="${escapeXml(s)}">${escapeXml(s)}</r>`;
      expect(XMLValidator.validate(doc)).toBe(true);
      const parsed = parser.parse(doc) as { r: { '#text': string; a: string } };
      expect(parsed.r['#text']).toBe(s);
      expect(parsed.r.a).toBe(s);
    }
  });
});

describe('estimateTextWidth / formatFit', () => {
  it('grows with the number of characters, counting an emoji once', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
    expect(estimateTextWidth('ab', 12)).toBe(Math.ceil(2 * 12 * 0.62));
    expect(estimateTextWidth('😀', 10)).toBe(estimateTextWidth('a', 10));
  });

  it('prints fits as whole numbers (half away from zero), and a dash for no value', () => {
    expect(formatFit(100)).toBe('100');
    expect(formatFit(90.78)).toBe('91');
    expect(formatFit(87.5)).toBe('88');
    expect(formatFit(59.49)).toBe('59');
    expect(formatFit(-0.2)).toBe('0');
    expect(formatFit(null)).toBe('–');
    expect(formatFit(undefined)).toBe('–');
  });
});
