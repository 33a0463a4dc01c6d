import { Injectable } from '@nestjs/common';
import { makePreviewSlug, validatePreviewForPublish } from '@rolefit/domain';
import {
  PreviewContentJson,
  PreviewRecord,
  PreviewRepository,
  PreviewVersionRecord,
  Transactions,
  Tx,
} from '@rolefit/persistence';
import { randomBytes } from 'node:crypto';
import { conflict, notFound, unprocessable } from '../common/problem/problem-exception';
import { JobRolesService } from '../job-roles';
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
    private readonly transactions: Transactions,
    private readonly previews: PreviewRepository,
    private readonly jobRoles: JobRolesService,
    private readonly cache: PublicPreviewCache,
  ) {}

  async create(
    organizationId: string,
    jobRoleId: string,
    dto: PreviewContentDto,
  ): Promise<PreviewDto> {
    const role = await this.jobRoles.get(organizationId, jobRoleId);
    return this.transactions.run(async (tx) => {
      const { preview, version } = await this.previews.create(
        tx,
        {
          organizationId,
          jobRoleId: role.id,
          slug: makePreviewSlug(role.title, randomBytes(4).toString('hex')),
        },
        { locale: 'en', ...pickContent(dto) },
      );
      return toDto(preview, version);
    });
  }

  async get(organizationId: string, id: string): Promise<PreviewDto> {
    const preview = await this.findPreview(organizationId, id);
    return toDto(preview, await this.latestVersion(preview.id));
  }

  /** Edits the open draft, or starts the next version from the published one. */
  async update(organizationId: string, id: string, dto: PreviewContentDto): Promise<PreviewDto> {
    return this.transactions.run(async (tx) => {
      const preview = await this.findPreview(organizationId, id, tx);
      const latest = await this.latestVersion(preview.id, tx);
      const content = { ...latest.content, ...pickContent(dto) };
      if (latest.status === 'draft') {
        latest.content = content;
        return toDto(preview, await this.previews.saveVersion(tx, latest));
      }
      const draft = await this.previews.saveVersion(tx, {
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
    const result = await this.transactions.run(async (tx) => {
      const preview = await this.findPreview(organizationId, id, tx);
      const latest = await this.latestVersion(preview.id, tx);
      if (latest.status !== 'draft') {
        throw conflict(
          `Version ${latest.version} is already published; edit it to start a new draft`,
        );
      }
      const errors = validatePreviewForPublish(latest.content);
      if (errors.length > 0) throw unprocessable('The preview is not ready to publish', errors);

      await this.previews.publishVersion(tx, preview.id, latest);
      return { slug: preview.slug, version: latest.version };
    });
    this.cache.invalidate(result.slug);
    return result;
  }

  /**
   * This organisation's preview, or 404. Inside a transaction it is locked: concurrent edits
   * of one preview are serialised, so two never open the same version.
   */
  async findPreview(organizationId: string, id: string, tx?: Tx): Promise<PreviewRecord> {
    const preview = await this.previews.findById(organizationId, id, {
      tx,
      lock: tx !== undefined,
    });
    if (!preview) throw notFound('Preview');
    return preview;
  }

  private async latestVersion(previewId: string, tx?: Tx): Promise<PreviewVersionRecord> {
    const version = await this.previews.latestVersion(previewId, tx);
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

function toDto(preview: PreviewRecord, version: PreviewVersionRecord): PreviewDto {
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
