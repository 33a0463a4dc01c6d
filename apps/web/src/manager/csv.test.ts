import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    const text = 'name,note\r\n"Berg, Ingrid","said ""hi""\nthen left"\r\nOla,plain\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Berg, Ingrid', 'said "hi"\nthen left'],
      ['Ola', 'plain'],
    ]);
  });

  it('guesses the semicolon of a Norwegian spreadsheet and keeps decimal commas', () => {
    expect(parseCsv('\uFEFFname;performance\nKari;104,5\n\n')).toEqual([
      ['name', 'performance'],
      ['Kari', '104,5'],
    ]);
  });

  it('keeps empty fields and a last line without a line break', () => {
    expect(parseCsv('a,b,c\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });
});
