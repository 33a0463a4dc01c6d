import type { ProfileTarget } from '../fit/fit';

/** Share of the role's working time per channel (tip 7), in percent, summing to 100. */
export interface ChannelMix {
  phone: number;
  digital: number;
  inPerson: number;
}

export const CHANNEL_KEYS: readonly (keyof ChannelMix)[] = ['phone', 'digital', 'inPerson'];

export interface JobRoleProfileInput {
  profile: ProfileTarget[];
  channels: ChannelMix;
}

/** Upper bound on a dimension weight: keeps one dimension from silently swamping the fit. */
export const MAX_DIMENSION_WEIGHT = 100;
