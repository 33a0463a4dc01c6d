import { describe, expect, it } from 'vitest';
import { readMemberCsv, serverProblemsByLine } from './member-csv';

const context = {
  dimensionKeys: ['prospecting', 'closing'],
  jobRoles: [{ id: 'a0000000-0000-4000-8000-000000000001', title: 'Meeting booker' }],
};

describe('readMemberCsv', () => {
  it('reads good rows and reports each bad row by its line with every problem', () => {
    const text = [
      'name,email,role,performance,prospecting,Closing,notes',
      'Kari,kari@example.com,meeting booker,"104,5",72,64,x',
      ',bad-email,Astronaut,lots,120,',
      'Ola,,,,55,',
    ].join('\n');
    const result = readMemberCsv(text, context);
    expect(result.ignoredColumns).toEqual(['notes']);
    expect(result.members).toEqual([
      {
        line: 2,
        member: {
          name: 'Kari',
          email: 'kari@example.com',
          currentJobRoleId: 'a0000000-0000-4000-8000-000000000001',
          profile: { prospecting: 72, closing: 64 },
          performance: 104.5,
        },
      },
      {
        line: 4,
        member: {
          name: 'Ola',
          email: null,
          currentJobRoleId: null,
          profile: { prospecting: 55 },
          performance: null,
        },
      },
    ]);
    expect(result.problems).toEqual([
      {
        line: 3,
        problems: [
          { kind: 'nameMissing' },
          { kind: 'emailInvalid', value: 'bad-email' },
          { kind: 'roleUnknown', value: 'Astronaut' },
          { kind: 'performanceInvalid', value: 'lots' },
          { kind: 'scoreInvalid', column: 'prospecting', value: '120' },
        ],
      },
    ]);
  });

  it('says so when there is no name column', () => {
    expect(readMemberCsv('email\nx@example.com', context).missingNameColumn).toBe(true);
  });

  it('a row without any score needs one', () => {
    expect(readMemberCsv('name,prospecting\nKari,', context).problems).toEqual([
      { line: 2, problems: [{ kind: 'profileMissing' }] },
    ]);
  });

  it('maps the API bulk errors back to the file lines of the rows sent', () => {
    const sent = readMemberCsv('name,prospecting\nA,1\nB,2\nC,3', context).members;
    expect(
      serverProblemsByLine(sent, [{ field: 'members[2].profile.prospecting', message: 'bad' }]),
    ).toEqual([{ line: 4, problems: [{ kind: 'server', message: 'profile.prospecting: bad' }] }]);
  });
});
