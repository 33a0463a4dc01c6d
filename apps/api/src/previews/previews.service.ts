import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { makePreviewSlug, validatePreviewForPublish } from '@rolefit/domain';
import {
  JobPreviewEntity,
  JobPreviewVersionEntity,
  PreviewContentJson,
} from '@rolefit/persistence';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { conflict, notFound, unprocessable } from '../common/problem/problem-exception';
import { JobRolesService } from '../job-roles/job-roles.service';
import type { PreviewContentDto, PreviewDto, PublishResultDto } from './previews.dto';
import { PublicPreviewCache } from './public-preview-cache';

const CONTENT_KEYS: (keyof PreviewContentJson)[] = [
  'headline',
  'summary',
  'typicalDay',
  'timeAllocation',
  'culture',
  'demands',
  'hardParts',
  'location',
  'remote',
  'locale',
];

/**
 * Realistic job previews: drafts, publishing and versions. A published version is frozen;
 * editing it opens the next version as a draft, while the slug keeps serving the published one.
 */
@Injectable()
export class PreviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobRoles: JobRolesService,
    private readonly cache: PublicPreviewCache,
  ) {}

  async create(
    organizationId: string,
    jobRoleId: string,
    dto: PreviewContentDto,
  ): Promise<PreviewDto> {
    const role = await this.jobRoles.get(organizationId, jobRoleId);
    return this.dataSource.transaction(async (tx) => {
      const preview = await tx.getRepository(JobPreviewEntity).save({
        organizationId,
        jobRoleId: role.id,
        slug: makePreviewSlug(role.title, randomBytes(4).toString('hex')),
        publishedVersion: null,
      });
      const version = await tx.getRepository(JobPreviewVersionEntity).save({
        organizationId,
        previewId: preview.id,
        version: 1,
        status: 'draft' as const,
        content: { locale: 'en', ...pickContent(dto) },
        publishedAt: null,
      });
      return toDto(preview, version);
    });
  }

  async get(organizationId: string, id: string): Promise<PreviewDto> {
    const preview = await this.findPreview(this.dataSource.manager, organizationId, id);
    return toDto(preview, await this.latestVersion(this.dataSource.manager, preview.id));
  }

  /** Edits the open draft, or starts the next version from the published one. */
  async update(organizationId: string, id: string, dto: PreviewContentDto): Promise<PreviewDto> {
    return this.dataSource.transaction(async (tx) => {
      const preview = await this.findPreview(tx, organizationId, id, true);
      const latest = await this.latestVersion(tx, preview.id);
      const versions = tx.getRepository(JobPreviewVersionEntity);
      const content = { ...latest.content, ...pickContent(dto) };
      if (latest.status === 'draft') {
        latest.content = content;
        return toDto(preview, await versions.save(latest));
      }
      const draft = await versions.save({
        organizationId,
        previewId: preview.id,
        version: latest.version + 1,
        status: 'draft' as const,
        content,
        publishedAt: null,
      });
      return toDto(preview, draft);
    });
  }

  async publish(organizationId: string, id: string): Promise<PublishResultDto> {
    const result = await this.dataSource.transaction(async (tx) => {
      const preview = await this.findPreview(tx, organizationId, id, true);
      const latest = await this.latestVersion(tx, preview.id);
      if (latest.status !== 'draft') {
        throw conflict(
          `Version ${latest.version} is already published; edit it to start a new draft`,
        );
      }
      const errors = validatePreviewForPublish(latest.content);
      if (errors.length > 0) throw unprocessable('The preview is not ready to publish', errors);

      const versions = tx.getRepository(JobPreviewVersionEntity);
      await versions.update({ previewId: preview.id, status: 'published' }, { status: 'archived' });
      await versions.update({ id: latest.id }, { status: 'published', publishedAt: new Date() });
      await tx
        .getRepository(JobPreviewEntity)
        .update({ id: preview.id }, { publishedVersion: latest.version });
      return { slug: preview.slug, version: latest.version };
    });
    this.cache.invalidate(result.slug);
    return result;
  }

  async findPreview(
    manager: EntityManager,
    organizationId: string,
    id: string,
    lock = false,
  ): Promise<JobPreviewEntity> {
    const preview = await manager.getRepository(JobPreviewEntity).findOne({
      where: { id, organizationId },
      // Serialises concurrent edits of one preview, so two never open the same version.
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!preview) throw notFound('Preview');
    return preview;
  }

  private async latestVersion(
    manager: EntityManager,
    previewId: string,
  ): Promise<JobPreviewVersionEntity> {
    const version = await manager
      .getRepository(JobPreviewVersionEntity)
      .findOne({ where: { previewId }, order: { version: 'DESC' } });
    if (!version) throw notFound('Preview');
    return version;
  }
}

function pickContent(dto: PreviewContentDto): PreviewContentJson {
  const out: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) {
    const value = (dto as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = JSON.parse(JSON.stringify(value)) as unknown;
  }
  return out;
}

function toDto(preview: JobPreviewEntity, version: JobPreviewVersionEntity): PreviewDto {
  return {
    id: preview.id,
    jobRoleId: preview.jobRoleId,
    slug: preview.slug,
    status: version.status,
    version: version.version,
    publishedVersion: preview.publishedVersion,
    updatedAt: version.updatedAt,
    ...version.content,
  };
}
