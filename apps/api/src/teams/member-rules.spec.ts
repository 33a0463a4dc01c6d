import { checkMember, MemberContext, resolveProfile } from './member-rules';

const ROLE = '11111111-1111-4111-8111-111111111111';
const ASSESSMENT = '22222222-2222-4222-8222-222222222222';
const context: MemberContext = {
  dimensionKeys: new Set(['prospecting', 'resilience']),
  jobRoleIds: new Set([ROLE]),
  assessmentProfiles: new Map([[ASSESSMENT, { prospecting: 70, resilience: 40 }]]),
};

describe('checkMember', () => {
  it('accepts a member with a known role and a valid profile', () => {
    expect(
      checkMember({ name: 'A', currentJobRoleId: ROLE, profile: { prospecting: 55 } }, context, ''),
    ).toEqual([]);
  });

  it('names every problem with its path', () => {
    const errors = checkMember(
      {
        name: 'A',
        currentJobRoleId: '33333333-3333-4333-8333-333333333333',
        profile: { astrology: 5, resilience: 101 },
      },
      context,
      'members[4].',
    );
    expect(errors.map((e) => e.field)).toEqual([
      'members[4].currentJobRoleId',
      'members[4].profile.astrology',
      'members[4].profile.resilience',
    ]);
  });

  it('needs either a profile or an assessment', () => {
    expect(checkMember({ name: 'A' }, context, '')).toEqual([
      { field: 'profile', message: 'give a profile or a submitted assessmentId' },
    ]);
    expect(checkMember({ name: 'A', assessmentId: ASSESSMENT }, context, '')).toEqual([]);
  });
});

describe('resolveProfile', () => {
  it('takes the assessment scores and lets entered values override them', () => {
    expect(
      resolveProfile({ name: 'A', assessmentId: ASSESSMENT, profile: { resilience: 65 } }, context),
    ).toEqual({
      prospecting: 70,
      resilience: 65,
    });
  });
});
