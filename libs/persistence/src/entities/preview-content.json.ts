import type { PreviewContent } from '@rolefit/domain';

/**
 * Stored shape of a preview's content (jsonb): any field may still be missing while drafting,
 * but what is there was validated entry by entry (the API's DTOs) before it was saved.
 */
export type PreviewContentJson = Partial<PreviewContent>;
