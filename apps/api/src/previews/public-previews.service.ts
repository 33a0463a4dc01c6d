import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PreviewReactionEntity } from '@rolefit/persistence';
import type { ReactionKind } from '@rolefit/persistence';
import { DataSource } from 'typeorm';
import { notFound, ProblemException } from '../common/problem/problem-exception';
import type { PublicPreviewDto, ReactionDto, ReactionRecordedDto } from './previews.dto';
import { CachedPreview, PublicPreviewCache } from './public-preview-cache';
import { PreviewViewCounter } from './preview-view-counter';

interface PublishedRow {
  preview_id: string;
  organization_id: string;
  version_id: string;
  version: number;
  content: PublicPreviewDto;
  published_at: Date;
  job_title: string;
  organization_name: string;
}

const SLUG = /^[a-z0-9-]{1,100}$/;

/** What candidates see without an account: the latest published version of a preview. */
@Injectable()
export class PublicPreviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: PublicPreviewCache,
    private readonly views: PreviewViewCounter,
  ) {}

  async read(slug: string): Promise<CachedPreview> {
    const cached = this.cache.get(slug);
    if (cached) return cached;
    const row = await this.findPublished(slug);
    const body: PublicPreviewDto = {
      ...row.content,
      slug,
      version: row.version,
      jobTitle: row.job_title,
      organizationName: row.organization_name,
      publishedAt: row.published_at,
    };
    const entry = {
      versionId: row.version_id,
      etag: `"${row.version_id}"`,
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
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PreviewReactionEntity)
      .values({
        organizationId: row.organization_id,
        previewId: row.preview_id,
        version: row.version,
        reaction: dto.reaction,
        reason: dto.reason ?? null,
        idempotencyKey: idempotencyKey ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (idempotencyKey && (inserted.raw as unknown[]).length === 0) {
      // Already recorded under this key: answer with what was recorded then.
      const [first] = await this.dataSource.query<{ version: number; reaction: ReactionKind }[]>(
        `SELECT version, reaction FROM preview_reactions
          WHERE preview_id = $1 AND idempotency_key = $2`,
        [row.preview_id, idempotencyKey],
      );
      if (first) return { version: first.version, reaction: first.reaction };
    }
    return { version: row.version, reaction: dto.reaction };
  }

  async findPublished(slug: string): Promise<PublishedRow> {
    if (!SLUG.test(slug)) throw notFound('Preview');
    const rows: PublishedRow[] = await this.dataSource.query(
      `SELECT p.id AS preview_id, p.organization_id, v.id AS version_id, v.version, v.content,
              v.published_at, r.title AS job_title, o.name AS organization_name
         FROM job_previews p
         JOIN job_preview_versions v ON v.preview_id = p.id AND v.version = p.published_version
         JOIN job_roles r ON r.id = p.job_role_id
         JOIN organizations o ON o.id = p.organization_id
        WHERE p.slug = $1`,
      [slug],
    );
    if (rows.length === 0) throw notFound('Preview');
    return rows[0];
  }
}
