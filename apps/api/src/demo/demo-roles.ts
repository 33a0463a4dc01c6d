// Only domain types here: the web app's browser tests import this file for the demo's
// previews and password, and must not compile the API with it.
import type { PreviewContent, ProfileTarget } from '@rolefit/domain';

export const DEMO_ORGANIZATION = 'Demo Sales AS';
export const DEMO_PASSWORD = 'rolefit-demo-password';
export const DEMO_USERS = [
  { name: 'Ada Admin', email: 'admin@demo-sales.example', role: 'admin' as const },
  { name: 'Rita Recruiter', email: 'recruiter@demo-sales.example', role: 'recruiter' as const },
  { name: 'Magnus Manager', email: 'manager@demo-sales.example', role: 'manager' as const },
];

/** What the demo creates a job role from (the fields of the API's create body it uses). */
export interface DemoJobRole {
  title: string;
  summary: string;
  isLeadership: boolean;
  profile: ProfileTarget[];
  channels: { phone: number; digital: number; inPerson: number };
}

export interface DemoRole {
  key: 'booker' | 'closer' | 'lead';
  role: DemoJobRole;
  preview: PreviewContent;
}

/** Three roles whose days really differ (tip 4), each with an honest preview (tip 6). */
export const DEMO_ROLES: DemoRole[] = [
  {
    key: 'booker',
    role: {
      title: 'Meeting booker',
      summary: 'Opens doors: finds the right people and books first meetings for the closers.',
      isLeadership: false,
      profile: [
        { dimension: 'prospecting', target: 85, weight: 3, direction: 'atLeast', minimum: 50 },
        { dimension: 'resilience', target: 75, weight: 2, direction: 'atLeast' },
        { dimension: 'digital-selling', target: 60, weight: 1, direction: 'ideal' },
        { dimension: 'pipeline-discipline', target: 65, weight: 1, direction: 'atLeast' },
      ],
      channels: { phone: 70, digital: 25, inPerson: 5 },
    },
    preview: {
      headline: 'Book the first meeting — forty calls a day, every day',
      summary:
        'You are the first voice our customers hear. You call, write and follow up until a decision-maker says yes to a meeting with one of our account executives.',
      typicalDay: [
        {
          start: '08:30',
          end: '09:00',
          activity: 'Stand-up',
          channel: 'internal',
          description: "Yesterday's bookings, today's list, one tip each.",
        },
        {
          start: '09:00',
          end: '11:30',
          activity: 'Call block',
          channel: 'phone',
          description: 'About 40 dials; five or six real conversations.',
        },
        {
          start: '11:30',
          end: '12:00',
          activity: 'Lunch',
          channel: 'internal',
          description: 'Together in the canteen, most days.',
        },
        {
          start: '12:00',
          end: '14:00',
          activity: 'Follow-ups',
          channel: 'digital',
          description: 'LinkedIn messages and emails to the people you reached.',
        },
        {
          start: '14:00',
          end: '15:30',
          activity: 'Second call block',
          channel: 'phone',
          description: 'Call-backs and new numbers.',
        },
        {
          start: '15:30',
          end: '16:00',
          activity: 'CRM hygiene',
          channel: 'internal',
          description: 'Every call logged, next step set.',
        },
      ],
      timeAllocation: [
        { activity: 'Phone prospecting', percent: 60 },
        { activity: 'Digital follow-up', percent: 25 },
        { activity: 'CRM and planning', percent: 10 },
        { activity: 'Team meetings', percent: 5 },
      ],
      culture: [
        'We celebrate booked meetings, not only closed deals.',
        'Everyone shares call recordings; feedback is kind and specific.',
      ],
      demands: [
        {
          text: '12 qualified meetings a month after your first three months',
          kind: 'requirement',
        },
        { text: 'Fluent spoken Norwegian and English', kind: 'requirement' },
        { text: 'You keep the CRM up to date the same day', kind: 'expectation' },
      ],
      hardParts: [
        'Most calls end in a no, some of them rudely.',
        'The work is repetitive; the variety is in the people, not the tasks.',
        'Your numbers are visible to the whole team every day.',
      ],
      location: 'Oslo, Bjørvika',
      remote: 'hybrid',
      locale: 'en',
    },
  },
  {
    key: 'closer',
    role: {
      title: 'Negotiator and closer',
      summary: 'Takes booked meetings to signed agreements and keeps the customers who sign.',
      isLeadership: false,
      profile: [
        {
          dimension: 'negotiation-closing',
          target: 85,
          weight: 3,
          direction: 'atLeast',
          minimum: 55,
        },
        { dimension: 'resilience', target: 70, weight: 2, direction: 'atLeast' },
        { dimension: 'account-care', target: 65, weight: 1, direction: 'atLeast' },
        { dimension: 'pipeline-discipline', target: 70, weight: 1, direction: 'atLeast' },
      ],
      channels: { phone: 30, digital: 20, inPerson: 50 },
    },
    preview: {
      headline: 'Turn a first meeting into a signed agreement',
      summary:
        'You meet customers the bookers found, work out what they need and negotiate an agreement both sides are happy to sign.',
      typicalDay: [
        {
          start: '08:00',
          end: '09:00',
          activity: 'Preparation',
          channel: 'internal',
          description: "Read up on today's customers and plan each meeting.",
        },
        {
          start: '09:00',
          end: '11:00',
          activity: 'Customer meeting',
          channel: 'inPerson',
          description: 'Usually at the customer; sometimes two in a morning.',
        },
        {
          start: '11:30',
          end: '13:00',
          activity: 'Proposals',
          channel: 'digital',
          description: 'Write and send offers while the meeting is fresh.',
        },
        {
          start: '13:00',
          end: '15:00',
          activity: 'Negotiation calls',
          channel: 'phone',
          description: 'Price, terms and the last objections.',
        },
        {
          start: '15:00',
          end: '16:00',
          activity: 'Pipeline review',
          channel: 'internal',
          description: 'Forecast and next steps with your manager twice a week.',
        },
      ],
      timeAllocation: [
        { activity: 'Customer meetings', percent: 45 },
        { activity: 'Proposals and follow-up', percent: 25 },
        { activity: 'Negotiation by phone', percent: 20 },
        { activity: 'Internal', percent: 10 },
      ],
      culture: ['We would rather lose a deal than win a customer we cannot serve.'],
      demands: [
        { text: 'A quota you own from month four', kind: 'requirement' },
        { text: 'Driving licence; about two days a week on the road', kind: 'requirement' },
        { text: 'Accurate forecasts: what you commit to, you close', kind: 'expectation' },
      ],
      hardParts: [
        'Months end with pressure; the last week can be long.',
        'Part of your pay depends on results you do not fully control.',
      ],
      location: 'Oslo and Eastern Norway',
      remote: 'onsite',
      locale: 'en',
    },
  },
  {
    key: 'lead',
    role: {
      title: 'Salgsteamleder',
      summary: 'Leder og coacher et team på åtte selgere; selger selv bare unntaksvis.',
      isLeadership: true,
      profile: [
        { dimension: 'coaching-leading', target: 85, weight: 3, direction: 'atLeast', minimum: 60 },
        { dimension: 'team-contribution', target: 75, weight: 2, direction: 'atLeast' },
        { dimension: 'pipeline-discipline', target: 70, weight: 1, direction: 'atLeast' },
        { dimension: 'learning-drive', target: 70, weight: 1, direction: 'atLeast' },
        { dimension: 'negotiation-closing', target: 60, weight: 1, direction: 'ideal' },
      ],
      channels: { phone: 20, digital: 30, inPerson: 50 },
    },
    preview: {
      headline: 'Led et salgsteam — ikke bare selg mest selv',
      summary:
        'Du får ansvar for åtte selgere. Jobben er å gjøre hver av dem bedre, ikke å ta de største avtalene selv.',
      typicalDay: [
        {
          start: '08:00',
          end: '08:30',
          activity: 'Morgenmøte',
          channel: 'internal',
          description: 'Kort og nyttig: mål, hindringer, én læring.',
        },
        {
          start: '08:30',
          end: '10:30',
          activity: 'Medlytt og coaching',
          channel: 'phone',
          description: 'Du lytter på samtaler og gir tilbakemelding samme dag.',
        },
        {
          start: '10:30',
          end: '12:00',
          activity: 'En-til-en',
          channel: 'inPerson',
          description: 'To samtaler om utvikling, ikke bare tall.',
        },
        {
          start: '13:00',
          end: '14:30',
          activity: 'Kundemøte med selger',
          channel: 'inPerson',
          description: 'Du er med som støtte, selgeren leder.',
        },
        {
          start: '14:30',
          end: '16:00',
          activity: 'Pipeline og rapportering',
          channel: 'digital',
          description: 'Prognose til salgsdirektøren.',
        },
      ],
      timeAllocation: [
        { activity: 'Coaching og medlytt', percent: 40 },
        { activity: 'Oppfølging og en-til-en', percent: 25 },
        { activity: 'Kundemøter sammen med selgere', percent: 15 },
        { activity: 'Rapportering og planlegging', percent: 20 },
      ],
      culture: [
        'Vi forfremmer ikke automatisk den beste selgeren; ledelse er sin egen kompetanse.',
      ],
      demands: [
        { text: 'Erfaring med å lede eller lære opp andre', kind: 'requirement' },
        { text: 'Du følger opp hver selger ukentlig', kind: 'expectation' },
      ],
      hardParts: [
        'Du må gi tilbakemeldinger som ikke alltid er populære.',
        'Du får mindre tid til egne kunder enn du kanskje er vant til.',
      ],
      location: 'Oslo',
      remote: 'hybrid',
      locale: 'nb',
    },
  },
];
