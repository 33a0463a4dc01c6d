import { Injectable } from '@nestjs/common';
import type { PublicPreviewDto } from './previews.dto';

export interface CachedPreview {
  body: PublicPreviewDto;
  /** The body serialised once per cache fill, not once per read. */
  json: string;
  etag: string;
  versionId: string;
  expiresAt: number;
}

const TTL_MS = 5000;
const MAX_ENTRIES = 10_000;

/**
 * Published previews are immutable per version, so each process keeps the latest one per
 * slug for a few seconds. Publishing on this process drops the entry at once; other
 * processes see a new version within TTL_MS.
 */
@Injectable()
export class PublicPreviewCache {
  private readonly entries = new Map<string, CachedPreview>();

  get(slug: string, now = Date.now()): CachedPreview | undefined {
    const entry = this.entries.get(slug);
    if (entry && entry.expiresAt > now) return entry;
    if (entry) this.entries.delete(slug);
    return undefined;
  }

  set(slug: string, entry: Omit<CachedPreview, 'expiresAt'>, now = Date.now()): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(slug, { ...entry, expiresAt: now + TTL_MS });
  }

  invalidate(slug: string): void {
    this.entries.delete(slug);
  }
}
