import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  JobPreviewEntity,
  JobPreviewVersionEntity,
  PreviewReactionEntity,
  type ReactionKind,
  type ReactionReason,
} from '../entities';
import type { PreviewContentJson } from '../entities/preview-content.json';
import { queryRows } from '../query-rows';
import type { Tx } from './transactions';

export type PreviewRecord = JobPreviewEntity;
export type PreviewVersionRecord = JobPreviewVersionEntity;
export type NewPreviewVersion = Pick<
  JobPreviewVersionEntity,
  'organizationId' | 'previewId' | 'version' | 'status' | 'content' | 'publishedAt'
>;

/** The version a public slug shows now, with what the public page needs around it. */
export interface PublishedPreview {
  previewId: string;
  organizationId: string;
  jobRoleId: string;
  /** The questionnaire linked to the preview's job role (for applications). */
  questionnaireId: string | null;
  versionId: string;
  version: number;
  content: PreviewContentJson;
  publishedAt: Date;
  jobTitle: string;
  organizationName: string;
}

/**
 * Realistic job previews with their versions, reactions and view counts (`job_previews`,
 * `job_preview_versions`, `preview_reactions`).
 */
@Injectable()
export class PreviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Tx): Tx {
    return tx ?? this.dataSource.manager;
  }

  /** A new preview with its first (draft) version. */
  async create(
    tx: Tx,
    preview: Pick<JobPreviewEntity, 'organizationId' | 'jobRoleId' | 'slug'>,
    content: PreviewContentJson,
  ): Promise<{ preview: PreviewRecord; version: PreviewVersionRecord }> {
    const saved = await tx
      .getRepository(JobPreviewEntity)
      .save({ ...preview, publishedVersion: null });
    const version = await tx.getRepository(JobPreviewVersionEntity).save({
      organizationId: preview.organizationId,
      previewId: saved.id,
      version: 1,
      status: 'draft' as const,
      content,
      publishedAt: null,
    });
    return { preview: saved, version };
  }

  /** With `lock`, concurrent edits of one preview are serialised (needs a `tx`). */
  findById(
    organizationId: string,
    id: string,
    options: { tx?: Tx; lock?: boolean } = {},
  ): Promise<PreviewRecord | null> {
    return this.db(options.tx)
      .getRepository(JobPreviewEntity)
      .findOne({
        where: { id, organizationId },
        ...(options.lock && { lock: { mode: 'pessimistic_write' as const } }),
      });
  }

  latestVersion(previewId: string, tx?: Tx): Promise<PreviewVersionRecord | null> {
    return this.db(tx)
      .getRepository(JobPreviewVersionEntity)
      .findOne({ where: { previewId }, order: { version: 'DESC' } });
  }

  saveVersion(
    tx: Tx,
    version: NewPreviewVersion | PreviewVersionRecord,
  ): Promise<PreviewVersionRecord> {
    return tx.getRepository(JobPreviewVersionEntity).save(version);
  }

  /** Publishes a draft version: the previously published one is archived. */
  async publishVersion(
    tx: Tx,
    previewId: string,
    version: Pick<PreviewVersionRecord, 'id' | 'version'>,
  ): Promise<void> {
    const versions = tx.getRepository(JobPreviewVersionEntity);
    await versions.update({ previewId, status: 'published' }, { status: 'archived' });
    await versions.update({ id: version.id }, { status: 'published', publishedAt: new Date() });
    await tx
      .getRepository(JobPreviewEntity)
      .update({ id: previewId }, { publishedVersion: version.version });
  }

  async findPublished(slug: string): Promise<PublishedPreview | null> {
    const rows = await queryRows<{
      preview_id: string;
      organization_id: string;
      job_role_id: string;
      questionnaire_id: string | null;
      version_id: string;
      version: number;
      content: PreviewContentJson;
      published_at: Date;
      job_title: string;
      organization_name: string;
    }>(
      this.dataSource,
      `SELECT p.id AS preview_id, p.organization_id, p.job_role_id, r.questionnaire_id,
              v.id AS version_id, v.version, v.content, v.published_at,
              r.title AS job_title, o.name AS organization_name
         FROM job_previews p
         JOIN job_preview_versions v ON v.preview_id = p.id AND v.version = p.published_version
         JOIN job_roles r ON r.id = p.job_role_id
         JOIN organizations o ON o.id = p.organization_id
        WHERE p.slug = $1`,
      [slug],
    );
    if (rows.length === 0) return null;
    const r = rows[0];
    return {
      previewId: r.preview_id,
      organizationId: r.organization_id,
      jobRoleId: r.job_role_id,
      questionnaireId: r.questionnaire_id,
      versionId: r.version_id,
      version: r.version,
      content: r.content,
      publishedAt: r.published_at,
      jobTitle: r.job_title,
      organizationName: r.organization_name,
    };
  }

  /** The published previews of an organisation with their role title, oldest role first. */
  async publishedOf(
    organizationId: string,
  ): Promise<{ title: string; slug: string; locale: string }[]> {
    return queryRows(
      this.dataSource,
      `SELECT r.title, p.slug, v.content->>'locale' AS locale
         FROM job_previews p JOIN job_roles r ON r.id = p.job_role_id
         JOIN job_preview_versions v ON v.preview_id = p.id AND v.version = p.published_version
        WHERE p.organization_id = $1 ORDER BY r.created_at`,
      [organizationId],
    );
  }

  /**
   * Records a reaction. With an idempotency key the same key on the same preview is recorded
   * once: a repeat returns what the first recorded (null when this call recorded it).
   */
  async addReaction(reaction: {
    organizationId: string;
    previewId: string;
    version: number;
    reaction: ReactionKind;
    reason: ReactionReason | null;
    idempotencyKey: string | null;
  }): Promise<{ version: number; reaction: ReactionKind } | null> {
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PreviewReactionEntity)
      .values(reaction)
      .orIgnore()
      .returning(['id'])
      .execute();
    if (!reaction.idempotencyKey || (inserted.raw as unknown[]).length > 0) return null;
    const [first] = await queryRows<{ version: number; reaction: ReactionKind }>(
      this.dataSource,
      `SELECT version, reaction FROM preview_reactions
        WHERE preview_id = $1 AND idempotency_key = $2`,
      [reaction.previewId, reaction.idempotencyKey],
    );
    return first ?? null;
  }

  /** View counts of every version that was ever published, in version order. */
  versionViews(previewId: string): Promise<{ version: number; views: number }[]> {
    return queryRows(
      this.dataSource,
      `SELECT version, views FROM job_preview_versions
        WHERE preview_id = $1 AND status <> 'draft' ORDER BY version`,
      [previewId],
    );
  }

  /** Reactions counted per version, reaction and reason. */
  async reactionCounts(
    previewId: string,
  ): Promise<
    { version: number; reaction: ReactionKind; reason: ReactionReason | null; n: number }[]
  > {
    const rows = await queryRows<{
      version: number;
      reaction: ReactionKind;
      reason: ReactionReason | null;
      n: string;
    }>(
      this.dataSource,
      `SELECT version, reaction, reason, count(*) AS n FROM preview_reactions
        WHERE preview_id = $1 GROUP BY version, reaction, reason`,
      [previewId],
    );
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  }

  /** Adds counted views (version id → views) in one statement. */
  async addViews(views: Map<string, number>): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_preview_versions v SET views = v.views + b.n
         FROM unnest($1::uuid[], $2::int[]) AS b(id, n) WHERE v.id = b.id`,
      [[...views.keys()], [...views.values()]],
    );
  }
}
