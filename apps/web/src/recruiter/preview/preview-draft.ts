import type { DayBlock, Preview, PreviewContent } from '../types';

/** The editable content of a preview, every list present (the API may omit empty ones). */
export interface PreviewDraft {
  headline: string;
  summary: string;
  typicalDay: DayBlock[];
  timeAllocation: { activity: string; percent: number | string }[];
  culture: string[];
  demands: { text: string; kind: 'requirement' | 'expectation' }[];
  hardParts: string[];
  location: string;
  remote: 'onsite' | 'hybrid' | 'remote';
  locale: 'en' | 'nb';
}

export function draftOfPreview(preview: Preview): PreviewDraft {
  return {
    headline: preview.headline ?? '',
    summary: preview.summary ?? '',
    typicalDay: preview.typicalDay ?? [],
    timeAllocation: preview.timeAllocation ?? [],
    culture: preview.culture ?? [],
    demands: preview.demands ?? [],
    hardParts: preview.hardParts ?? [],
    location: preview.location ?? '',
    remote: preview.remote ?? 'onsite',
    locale: preview.locale ?? 'en',
  };
}

/** What PATCH receives: percents as numbers (an unreadable one as NaN → null, so the API names it). */
export function contentOf(draft: PreviewDraft): PreviewContent {
  return {
    ...draft,
    timeAllocation: draft.timeAllocation.map((row) => ({
      activity: row.activity,
      percent:
        typeof row.percent === 'number'
          ? row.percent
          : row.percent.trim() === ''
            ? Number.NaN
            : Number(row.percent.replace(',', '.')),
    })),
  };
}

export function allocationSum(draft: PreviewDraft): number {
  return draft.timeAllocation.reduce((sum, row) => {
    const value = Number(String(row.percent).replace(',', '.'));
    return sum + (Number.isFinite(value) ? value : 0);
  }, 0);
}

export function newBlock(after: DayBlock | undefined): DayBlock {
  const start = after?.end ?? '09:00';
  const [h, m] = start.split(':').map(Number);
  const endHour = Math.min(23, (h ?? 9) + 1);
  return {
    start,
    end: `${String(endHour).padStart(2, '0')}:${String(m ?? 0).padStart(2, '0')}`,
    activity: '',
    channel: 'phone',
    description: '',
  };
}
