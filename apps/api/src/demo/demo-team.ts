/** A dozen sellers with different strengths: a team where roles really matter (tip 4). */
export const DEMO_TEAM_NAME = 'Salg Oslo';

type Profile = Record<string, number>;
const p = (
  prospecting: number,
  negotiation: number,
  accountCare: number,
  resilience: number,
  pipeline: number,
  digital: number,
  coaching: number,
  team: number,
  learning: number,
): Profile => ({
  prospecting,
  'negotiation-closing': negotiation,
  'account-care': accountCare,
  resilience,
  'pipeline-discipline': pipeline,
  'digital-selling': digital,
  'coaching-leading': coaching,
  'team-contribution': team,
  'learning-drive': learning,
});

export const DEMO_TEAM_MEMBERS: {
  name: string;
  email: string;
  current: 'booker' | 'closer' | 'lead';
  profile: Profile;
  performance: number;
}[] = [
  {
    name: 'Ingrid Berg',
    email: 'ingrid@demo-sales.example',
    current: 'closer',
    profile: p(62, 91, 70, 82, 74, 55, 48, 58, 66),
    performance: 138,
  },
  {
    name: 'Ola Haugen',
    email: 'ola@demo-sales.example',
    current: 'booker',
    profile: p(88, 58, 52, 80, 61, 72, 40, 64, 70),
    performance: 112,
  },
  {
    name: 'Sara Nilsen',
    email: 'sara@demo-sales.example',
    current: 'booker',
    profile: p(70, 66, 78, 69, 83, 60, 79, 86, 81),
    performance: 97,
  },
  {
    name: 'Jonas Lie',
    email: 'jonas@demo-sales.example',
    current: 'closer',
    profile: p(84, 61, 55, 77, 52, 81, 45, 55, 62),
    performance: 104,
  },
  {
    name: 'Maja Dahl',
    email: 'maja@demo-sales.example',
    current: 'closer',
    profile: p(58, 83, 84, 71, 80, 50, 66, 72, 74),
    performance: 109,
  },
  {
    name: 'Emil Strand',
    email: 'emil@demo-sales.example',
    current: 'booker',
    profile: p(79, 52, 60, 88, 57, 85, 38, 61, 77),
    performance: 101,
  },
  {
    name: 'Nora Bakke',
    email: 'nora@demo-sales.example',
    current: 'booker',
    profile: p(66, 79, 62, 64, 72, 58, 52, 60, 58),
    performance: 93,
  },
  {
    name: 'Henrik Moe',
    email: 'henrik@demo-sales.example',
    current: 'closer',
    profile: p(55, 74, 88, 60, 85, 47, 84, 90, 83),
    performance: 88,
  },
  {
    name: 'Thea Lund',
    email: 'thea@demo-sales.example',
    current: 'booker',
    profile: p(92, 49, 45, 90, 55, 77, 35, 50, 68),
    performance: 121,
  },
  {
    name: 'Kristian Vik',
    email: 'kristian@demo-sales.example',
    current: 'closer',
    profile: p(60, 87, 67, 75, 69, 62, 58, 63, 61),
    performance: 117,
  },
  {
    name: 'Amalie Ruud',
    email: 'amalie@demo-sales.example',
    current: 'booker',
    profile: p(73, 63, 71, 66, 76, 88, 61, 75, 89),
    performance: 99,
  },
  {
    name: 'Sindre Holm',
    email: 'sindre@demo-sales.example',
    current: 'closer',
    profile: p(64, 70, 59, 58, 63, 66, 73, 80, 71),
    performance: 84,
  },
];

export const DEMO_REQUIREMENTS: { role: 'booker' | 'closer' | 'lead'; slots: number }[] = [
  { role: 'booker', slots: 6 },
  { role: 'closer', slots: 5 },
  { role: 'lead', slots: 1 },
];
