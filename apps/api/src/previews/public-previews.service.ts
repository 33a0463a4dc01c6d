import { Injectable } from '@nestjs/common';
import { PreviewRepository, PublishedPreview } from '@rolefit/persistence';
import { notFound, ProblemException } from '../common/problem/problem-exception';
import type { PublicPreviewDto, ReactionDto, ReactionRecordedDto } from './previews.dto';
import { CachedPreview, PublicPreviewCache } from './public-preview-cache';
import { PreviewViewCounter } from './preview-view-counter';

/** The shape of every slug we issue; anything else is not looked up at all. */
export const SLUG = /^[a-z0-9-]{1,100}$/;

/** What candidates see without an account: the latest published version of a preview. */
@Injectable()
export class PublicPreviewsService {
  constructor(
    private readonly previews: PreviewRepository,
    private readonly cache: PublicPreviewCache,
    private readonly views: PreviewViewCounter,
  ) {}

  async read(slug: string): Promise<CachedPreview> {
    const cached = this.cache.get(slug);
    if (cached) return cached;
    const row = await this.findPublished(slug);
    const body: PublicPreviewDto = {
      ...(row.content as PublicPreviewDto),
      slug,
      version: row.version,
      jobTitle: row.jobTitle,
      organizationName: row.organizationName,
      publishedAt: row.publishedAt,
    };
    const entry = {
      versionId: row.versionId,
      etag: `"${row.versionId}"`,
      body,
      json: JSON.stringify(body),
    };
    this.cache.set(slug, entry);
    return { ...entry, expiresAt: 0 };
  }

  recordView(versionId: string): void {
    this.views.record(versionId);
  }

  /**
   * Records the reaction against the version the candidate is shown now. With an
   * idempotency key the same key on the same preview is recorded once: a double click or a
   * retried request answers like the first one and counts once.
   */
  async react(
    slug: string,
    dto: ReactionDto,
    idempotencyKey?: string,
  ): Promise<ReactionRecordedDto> {
    if (dto.reason && dto.reaction !== 'not_for_me') {
      throw new ProblemException(400, 'The request is invalid', [
        { field: 'reason', message: 'a reason is only given with not_for_me' },
      ]);
    }
    const row = await this.findPublished(slug);
    const recorded = await this.previews.addReaction({
      organizationId: row.organizationId,
      previewId: row.previewId,
      version: row.version,
      reaction: dto.reaction,
      reason: dto.reason ?? null,
      idempotencyKey: idempotencyKey ?? null,
    });
    // Already recorded under this key: answer with what was recorded then.
    if (recorded) return recorded;
    return { version: row.version, reaction: dto.reaction };
  }

  async findPublished(slug: string): Promise<PublishedPreview> {
    const preview = SLUG.test(slug) ? await this.previews.findPublished(slug) : null;
    if (!preview) throw notFound('Preview');
    return preview;
  }
}
