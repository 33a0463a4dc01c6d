export interface ChannelMix {
  phone: number;
  digital: number;
  inPerson: number;
}

export const CHANNELS = ['phone', 'digital', 'inPerson'] as const;

/** Sum of the three percentages; empty or invalid fields count as 0. */
export function channelSum(mix: Partial<Record<keyof ChannelMix, number | string>>): number {
  return CHANNELS.reduce((sum, key) => {
    const value = Number(mix[key] ?? 0);
    return sum + (Number.isFinite(value) ? value : 0);
  }, 0);
}

/** What the live sum says: complete at exactly 100, otherwise how far off. */
export function channelSumState(sum: number): { state: 'ok' | 'under' | 'over'; by: number } {
  const rounded = Math.round(sum * 100) / 100;
  if (rounded === 100) return { state: 'ok', by: 0 };
  return rounded < 100
    ? { state: 'under', by: Math.round((100 - rounded) * 100) / 100 }
    : { state: 'over', by: Math.round((rounded - 100) * 100) / 100 };
}
