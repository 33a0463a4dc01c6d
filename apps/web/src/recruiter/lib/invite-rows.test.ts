import { describe, expect, it } from 'vitest';
import { inviteRowsFromCsv } from './invite-rows';

describe('inviteRowsFromCsv', () => {
  it('reads name,email rows without a header, numbering lines from 1', () => {
    expect(inviteRowsFromCsv('Kari Berg,kari@example.com\nOla,ola@example.com')).toEqual([
      { line: 1, name: 'Kari Berg', email: 'kari@example.com', problem: null },
      { line: 2, name: 'Ola', email: 'ola@example.com', problem: null },
    ]);
  });

  it('follows a header in either order and language; data starts on line 2', () => {
    const rows = inviteRowsFromCsv('e-post;navn\nkari@example.com;Kari');
    expect(rows).toEqual([{ line: 2, name: 'Kari', email: 'kari@example.com', problem: null }]);
  });

  it('flags each bad row with its problem and keeps the good ones', () => {
    const rows = inviteRowsFromCsv(
      'name,email\nKari,kari@example.com\n,nobody@example.com\nOla,not-an-email\nKari B,KARI@example.com',
    );
    expect(rows.map((r) => [r.line, r.problem])).toEqual([
      [2, null],
      [3, 'missingName'],
      [4, 'badEmail'],
      [5, 'duplicate'],
    ]);
  });

  it('reads email,name without a header', () => {
    expect(inviteRowsFromCsv('kari@example.com,Kari')[0]).toMatchObject({
      name: 'Kari',
      email: 'kari@example.com',
    });
  });
});
