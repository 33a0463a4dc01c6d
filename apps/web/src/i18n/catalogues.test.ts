import { describe, expect, it } from 'vitest';
import type { Messages } from './catalogue';

/** Every area's messages.ts, found by name, so a new area is checked without editing this. */
const modules = import.meta.glob<Record<string, unknown>>('../**/messages.ts', { eager: true });

const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, value]) => ({
    id: `${file} ${name}`,
    messages: value as Messages,
  })),
);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('finds every area', () => {
    const files = Object.keys(modules).map((f) => f.split('/')[1]);
    expect(files).toEqual(
      expect.arrayContaining(['candidate', 'job-page', 'manager', 'recruiter', 'shell', 'staff']),
    );
  });

  it.each(catalogues)('$id has the same keys in English and Norwegian', ({ messages }) => {
    expect(Object.keys(messages.nb).sort()).toEqual(Object.keys(messages.en).sort());
  });

  it.each(catalogues)('$id has no empty string and the same placeholders', ({ messages }) => {
    for (const [key, english] of Object.entries(messages.en)) {
      const norwegian = (messages.nb as Record<string, string>)[key] ?? '';
      expect({ key, empty: english.trim() === '' || norwegian.trim() === '' }).toEqual({
        key,
        empty: false,
      });
      expect({ key, names: placeholders(norwegian) }).toEqual({
        key,
        names: placeholders(english),
      });
    }
  });

  it('no key is defined by two areas', () => {
    const seen = new Map<string, string>();
    for (const { id, messages } of catalogues) {
      for (const key of Object.keys(messages.en)) {
        expect({ key, also: seen.get(key) }).toEqual({ key, also: undefined });
        seen.set(key, id);
      }
    }
  });
});
