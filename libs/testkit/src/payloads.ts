/** Valid request bodies the API accepts: a job role and a publishable preview. */
export function jobRolePayload(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Meeting booker',
    summary: 'Books first meetings with new customers.',
    isLeadership: false,
    profile: [
      { dimension: 'prospecting', target: 80, weight: 3, direction: 'atLeast', minimum: 50 },
      { dimension: 'resilience', target: 70, weight: 2, direction: 'atLeast' },
      { dimension: 'pipeline-discipline', target: 60, weight: 1, direction: 'ideal' },
    ],
    channels: { phone: 70, digital: 25, inPerson: 5 },
    ...overrides,
  };
}

export function previewPayload(overrides: Record<string, unknown> = {}) {
  return {
    headline: 'Book the first meeting — every day',
    summary: 'You open doors for our account executives.',
    typicalDay: [
      {
        start: '08:30',
        end: '09:00',
        activity: 'Stand-up',
        channel: 'internal',
        description: 'Targets and tips.',
      },
      {
        start: '09:00',
        end: '11:30',
        activity: 'Calling',
        channel: 'phone',
        description: 'About 40 calls.',
      },
      {
        start: '12:00',
        end: '15:30',
        activity: 'Follow-ups',
        channel: 'digital',
        description: 'LinkedIn and email.',
      },
    ],
    timeAllocation: [
      { activity: 'Phone prospecting', percent: 60 },
      { activity: 'Digital follow-up', percent: 30 },
      { activity: 'Internal', percent: 10 },
    ],
    culture: ['We celebrate booked meetings, not just closed deals.'],
    demands: [{ text: '12 qualified meetings a month', kind: 'requirement' }],
    hardParts: ['Most calls end in a no.'],
    location: 'Oslo',
    remote: 'hybrid',
    locale: 'en',
    ...overrides,
  };
}
