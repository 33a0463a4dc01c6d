import { DomainValidationError } from '../errors';
import type { PreviewContent, PreviewDraft } from './preview.types';
import { assertPreviewPublishable, validatePreviewForPublish } from './validate-preview';

function publishablePreview(): PreviewContent {
  return {
    headline: 'Book meetings with Norwegian SMBs',
    summary: 'You open doors for our account executives, mostly by phone.',
    typicalDay: [
      {
        start: '08:00',
        end: '08:30',
        activity: 'Stand-up',
        channel: 'internal',
        description: 'Targets and leads.',
      },
      {
        start: '08:30',
        end: '11:30',
        activity: 'Calling',
        channel: 'phone',
        description: 'Cold and warm calls.',
      },
      {
        start: '12:00',
        end: '13:00',
        activity: 'LinkedIn',
        channel: 'digital',
        description: 'Follow-ups.',
      },
      {
        start: '13:00',
        end: '15:30',
        activity: 'Calling',
        channel: 'phone',
        description: 'Second round.',
      },
    ],
    timeAllocation: [
      { activity: 'Calling', percent: 60 },
      { activity: 'Digital follow-up', percent: 25 },
      { activity: 'Internal', percent: 15 },
    ],
    culture: ['We celebrate booked meetings, not just closed deals.'],
    demands: [
      { text: 'Fluent Norwegian', kind: 'requirement' },
      { text: '50 calls a day', kind: 'expectation' },
    ],
    hardParts: ['Most calls end in a no.'],
    location: 'Oslo',
    remote: 'hybrid',
    locale: 'en',
  };
}

function fieldsOf(draft: PreviewDraft): string[] {
  return validatePreviewForPublish(draft).map((e) => e.field);
}

function messageFor(draft: PreviewDraft, field: string): string | undefined {
  return validatePreviewForPublish(draft).find((e) => e.field === field)?.message;
}

describe('validatePreviewForPublish', () => {
  it('accepts a complete preview', () => {
    expect(validatePreviewForPublish(publishablePreview())).toEqual([]);
  });

  it('reports every missing field of an empty draft at once', () => {
    expect(fieldsOf({})).toEqual([
      'headline',
      'summary',
      'typicalDay',
      'timeAllocation',
      'demands',
      'hardParts',
      'location',
      'remote',
      'locale',
    ]);
  });

  it('rejects content that is not an object', () => {
    expect(fieldsOf(null as unknown as PreviewDraft)).toEqual(['content']);
  });

  it.each([
    ['headline', '  '],
    ['summary', ''],
    ['location', ''],
  ] as const)('requires a non-blank %s', (field, value) => {
    expect(fieldsOf({ ...publishablePreview(), [field]: value })).toEqual([field]);
  });

  it('rejects unknown remote and locale values', () => {
    const draft = {
      ...publishablePreview(),
      remote: 'sometimes',
      locale: 'sv',
    } as unknown as PreviewDraft;
    expect(fieldsOf(draft)).toEqual(['remote', 'locale']);
  });

  describe('typical day', () => {
    it('requires at least one block', () => {
      expect(fieldsOf({ ...publishablePreview(), typicalDay: [] })).toEqual(['typicalDay']);
    });

    it.each(['24:00', '7:5', '07:60', '7:05', '12.00', ''])('rejects the time "%s"', (time) => {
      const draft = publishablePreview();
      draft.typicalDay[2].start = time;
      const errors = validatePreviewForPublish(draft);
      expect(errors).toEqual([
        { field: 'typicalDay[2].start', message: expect.stringContaining('HH:MM') },
      ]);
    });

    it('accepts the edges of the day', () => {
      const draft = publishablePreview();
      draft.typicalDay = [{ ...draft.typicalDay[0], start: '00:00', end: '23:59' }];
      expect(validatePreviewForPublish(draft)).toEqual([]);
    });

    it('requires end after start', () => {
      const draft = publishablePreview();
      draft.typicalDay[1].end = '08:30';
      expect(fieldsOf(draft)).toEqual(['typicalDay[1].end']);
    });

    it('rejects a block that overlaps the previous one', () => {
      const draft = publishablePreview();
      draft.typicalDay[3].start = '12:30';
      expect(validatePreviewForPublish(draft)).toEqual([
        {
          field: 'typicalDay[3].start',
          message: expect.stringMatching(/overlapping the previous block \(12:00–13:00\)/),
        },
      ]);
    });

    it('accepts blocks that touch', () => {
      const draft = publishablePreview();
      expect(draft.typicalDay[2].end).toBe(draft.typicalDay[3].start);
      expect(validatePreviewForPublish(draft)).toEqual([]);
    });

    it('rejects blocks out of time order', () => {
      const draft = publishablePreview();
      draft.typicalDay[2] = { ...draft.typicalDay[2], start: '07:00', end: '07:30' };
      expect(validatePreviewForPublish(draft)).toEqual([
        {
          field: 'typicalDay[2].start',
          message: expect.stringMatching(/before the previous block.*time order/),
        },
      ]);
    });

    it('still finds an ordering problem after a block with a bad time', () => {
      const draft = publishablePreview();
      draft.typicalDay[2].start = 'noon';
      draft.typicalDay[3] = { ...draft.typicalDay[3], start: '09:00', end: '10:00' };
      expect(fieldsOf(draft)).toEqual(['typicalDay[2].start', 'typicalDay[3].start']);
    });

    it('requires activity, a known channel and a description per block', () => {
      const draft = publishablePreview() as PreviewDraft;
      draft.typicalDay![1] = {
        start: '09:00',
        end: '10:00',
        activity: ' ',
        channel: 'fax' as never,
      };
      expect(fieldsOf(draft)).toEqual([
        'typicalDay[1].activity',
        'typicalDay[1].channel',
        'typicalDay[1].description',
      ]);
    });
  });

  describe('time allocation', () => {
    it('requires at least one entry', () => {
      expect(fieldsOf({ ...publishablePreview(), timeAllocation: [] })).toEqual(['timeAllocation']);
    });

    it('says what the allocation actually sums to', () => {
      const draft = publishablePreview();
      draft.timeAllocation[0].percent = 50;
      expect(validatePreviewForPublish(draft)).toEqual([
        { field: 'timeAllocation', message: 'time allocation sums to 90, must be 100' },
      ]);
    });

    it('accepts decimals that sum to 100 despite floating-point noise', () => {
      const draft = publishablePreview();
      draft.timeAllocation = [
        { activity: 'a', percent: 33.3 },
        { activity: 'b', percent: 33.3 },
        { activity: 'c', percent: 33.4 },
      ];
      expect(validatePreviewForPublish(draft)).toEqual([]);
      draft.timeAllocation = [0.1, 0.2, 99.7].map((percent, i) => ({ activity: `x${i}`, percent }));
      expect(validatePreviewForPublish(draft)).toEqual([]);
    });

    it('rejects a sum just above 100', () => {
      const draft = publishablePreview();
      draft.timeAllocation[2].percent = 15.001;
      expect(messageFor(draft, 'timeAllocation')).toBe(
        'time allocation sums to 100.001, must be 100',
      );
    });

    it.each([-5, 101, Number.NaN, '50'])(
      'rejects the percent %p without also reporting the sum',
      (percent) => {
        const draft = publishablePreview() as PreviewDraft;
        draft.timeAllocation![1] = { activity: 'Digital follow-up', percent: percent as number };
        expect(fieldsOf(draft)).toEqual(['timeAllocation[1].percent']);
      },
    );

    it('rejects a blank or repeated activity', () => {
      const draft = publishablePreview();
      draft.timeAllocation[1].activity = '';
      draft.timeAllocation[2].activity = ' calling ';
      expect(fieldsOf(draft)).toEqual(['timeAllocation[1].activity', 'timeAllocation[2].activity']);
    });
  });

  describe('demands, culture and hard parts', () => {
    it('requires at least one demand with text and a known kind', () => {
      expect(fieldsOf({ ...publishablePreview(), demands: [] })).toEqual(['demands']);
      const draft = publishablePreview() as PreviewDraft;
      draft.demands = [{ text: '', kind: 'wish' as never }];
      expect(fieldsOf(draft)).toEqual(['demands[0].text', 'demands[0].kind']);
    });

    it('requires a hard part and explains why', () => {
      const draft = { ...publishablePreview(), hardParts: [] };
      expect(validatePreviewForPublish(draft)).toEqual([
        {
          field: 'hardParts',
          message: expect.stringMatching(/honest downsides let candidates .* opt out/),
        },
      ]);
      const withoutHardParts: PreviewDraft = publishablePreview();
      delete withoutHardParts.hardParts;
      expect(fieldsOf(withoutHardParts)).toEqual(['hardParts']);
    });

    it('rejects blank statements', () => {
      const draft = { ...publishablePreview(), hardParts: ['Cold calls', ' '], culture: [''] };
      expect(fieldsOf(draft)).toEqual(['culture[0]', 'hardParts[1]']);
    });

    it('does not require culture statements', () => {
      expect(validatePreviewForPublish({ ...publishablePreview(), culture: [] })).toEqual([]);
    });
  });
});

describe('assertPreviewPublishable', () => {
  it('throws a DomainValidationError carrying the field errors', () => {
    const draft: PreviewDraft = { ...publishablePreview(), hardParts: [] };
    expect(() => assertPreviewPublishable(draft)).toThrow(DomainValidationError);
    try {
      assertPreviewPublishable(draft);
    } catch (error) {
      expect((error as DomainValidationError).errors.map((e) => e.field)).toEqual(['hardParts']);
    }
  });

  it('passes a publishable preview', () => {
    expect(() => assertPreviewPublishable(publishablePreview())).not.toThrow();
  });
});
