import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('splits rows and cells, with CRLF, LF and CR line ends', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted cells', () => {
    expect(parseCsv('"Berg, Kari","say ""hi""","two\nlines"\n')).toEqual([
      ['Berg, Kari', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('drops a byte-order mark and blank lines, keeps empty cells', () => {
    expect(parseCsv('\ufeffname,email\n\n,x@example.com\n\n')).toEqual([
      ['name', 'email'],
      ['', 'x@example.com'],
    ]);
  });

  it('reads semicolon-separated files (Norwegian spreadsheets)', () => {
    expect(parseCsv('navn;e-post\nKari Berg;kari@example.com')).toEqual([
      ['navn', 'e-post'],
      ['Kari Berg', 'kari@example.com'],
    ]);
  });
});

describe('csvCell and toCsv', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+47 99', "'+47 99"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
  ])('makes %j inert as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves plain text and numbers alone, quotes what needs quoting', () => {
    expect(csvCell('Kari')).toBe('Kari');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('round-trips through the parser, formulas defused', () => {
    const text = toCsv([
      ['name', 'note'],
      ['Berg, Kari', '=HYPERLINK("x")'],
    ]);
    expect(text).toBe('name,note\r\n"Berg, Kari","\'=HYPERLINK(""x"")"\r\n');
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Berg, Kari', '\'=HYPERLINK("x")'],
    ]);
  });
});
