import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { publishWarnings, validateQuestionnaire } from '@rolefit/domain';
import {
  QuestionnaireEntity,
  QuestionnaireItemJson,
  QuestionnaireVersionEntity,
} from '@rolefit/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageOf, PageQuery } from '../common/pagination/pagination';
import { conflict, notFound, unprocessable } from '../common/problem/problem-exception';
import { DimensionsService } from '../dimensions/dimensions.service';
import { canonicalItem, measuredDimensions, toDefinition } from './questionnaire-definition';
import type {
  CreateQuestionnaireDto,
  PublishQuestionnaireResultDto,
  QuestionnaireDto,
  QuestionnaireSummaryDto,
  UpdateQuestionnaireDto,
} from './questionnaires.dto';

interface SummaryRow {
  id: string;
  published_version: number | null;
  title: string;
  status: string;
  version: number;
  item_count: number;
  updated_at: Date;
}

/**
 * Questionnaires and their versions. A published version is frozen (assessments pin it);
 * editing a published questionnaire opens the next version as a draft, as previews do.
 */
@Injectable()
export class QuestionnairesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dimensions: DimensionsService,
  ) {}

  async create(organizationId: string, dto: CreateQuestionnaireDto): Promise<QuestionnaireDto> {
    return this.dataSource.transaction(async (tx) => {
      const questionnaire = await tx
        .getRepository(QuestionnaireEntity)
        .save({ organizationId, publishedVersion: null });
      const version = await tx.getRepository(QuestionnaireVersionEntity).save({
        organizationId,
        questionnaireId: questionnaire.id,
        version: 1,
        status: 'draft' as const,
        title: dto.title,
        locales: dto.locales ? [...new Set(dto.locales)] : ['en'],
        scale: dto.scale ? { min: dto.scale.min, max: dto.scale.max } : { min: 1, max: 5 },
        items: (dto.items ?? []).map(plainItem),
        publishedAt: null,
      });
      return toDto(questionnaire, version);
    });
  }

  async list(organizationId: string, query: PageQuery): Promise<Page<QuestionnaireSummaryDto>> {
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<SummaryRow[]>(
        `SELECT q.id, q.published_version, v.title, v.status, v.version,
                jsonb_array_length(v.items)::int AS item_count, v.updated_at
           FROM questionnaires q
           JOIN LATERAL (
             SELECT title, status, version, items, updated_at FROM questionnaire_versions
              WHERE questionnaire_id = q.id ORDER BY version DESC LIMIT 1
           ) v ON true
          WHERE q.organization_id = $1
          ORDER BY q.created_at DESC, q.id
          LIMIT $2 OFFSET $3`,
        [organizationId, query.pageSize, query.skip],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM questionnaires WHERE organization_id = $1`,
        [organizationId],
      ),
    ]);
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        version: r.version,
        publishedVersion: r.published_version,
        itemCount: r.item_count,
        updatedAt: r.updated_at,
      })),
      total,
      query,
    );
  }

  async get(organizationId: string, id: string, version?: number): Promise<QuestionnaireDto> {
    const manager = this.dataSource.manager;
    const questionnaire = await this.findQuestionnaire(manager, organizationId, id);
    const row =
      version === undefined
        ? await this.latestVersion(manager, questionnaire.id)
        : await manager
            .getRepository(QuestionnaireVersionEntity)
            .findOneBy({ questionnaireId: questionnaire.id, version });
    if (!row) throw notFound('Questionnaire version');
    return toDto(questionnaire, row);
  }

  /** Edits the open draft, or starts the next version from the latest published one. */
  async update(
    organizationId: string,
    id: string,
    dto: UpdateQuestionnaireDto,
  ): Promise<QuestionnaireDto> {
    return this.dataSource.transaction(async (tx) => {
      const questionnaire = await this.findQuestionnaire(tx, organizationId, id, true);
      const latest = await this.latestVersion(tx, questionnaire.id);
      const content = {
        title: dto.title ?? latest.title,
        locales: dto.locales ? [...new Set(dto.locales)] : latest.locales,
        scale: dto.scale ? { min: dto.scale.min, max: dto.scale.max } : latest.scale,
        items: dto.items ? dto.items.map(plainItem) : latest.items,
      };
      const versions = tx.getRepository(QuestionnaireVersionEntity);
      if (latest.status === 'draft') {
        Object.assign(latest, content);
        return toDto(questionnaire, await versions.save(latest));
      }
      const draft = await versions.save({
        organizationId,
        questionnaireId: questionnaire.id,
        version: latest.version + 1,
        status: 'draft' as const,
        ...content,
        publishedAt: null,
      });
      return toDto(questionnaire, draft);
    });
  }

  /**
   * Validates the draft against the organisation's competency model (422 with field errors)
   * and freezes it. Warnings name role dimensions measured by fewer than three likert items.
   */
  async publish(organizationId: string, id: string): Promise<PublishQuestionnaireResultDto> {
    const known = await this.dimensions.keys(organizationId);
    return this.dataSource.transaction(async (tx) => {
      const questionnaire = await this.findQuestionnaire(tx, organizationId, id, true);
      const latest = await this.latestVersion(tx, questionnaire.id);
      if (latest.status !== 'draft') {
        throw conflict(
          `Version ${latest.version} is already published; edit it to start a new draft`,
        );
      }
      const candidate = {
        title: latest.title,
        locales: latest.locales,
        scale: latest.scale,
        items: latest.items,
      };
      const errors = validateQuestionnaire(candidate, known);
      if (errors.length > 0) {
        throw unprocessable('The questionnaire is not ready to publish', errors);
      }
      const definition = toDefinition(latest);
      const roleDimensions = await this.linkedRoleDimensions(tx, organizationId, id);
      const warnings = publishWarnings(
        definition,
        roleDimensions.length > 0 ? roleDimensions : measuredDimensions(definition),
      );
      Object.assign(latest, {
        status: 'published' as const,
        publishedAt: new Date(),
        items: definition.items.map(canonicalItem),
      });
      await tx.getRepository(QuestionnaireVersionEntity).save(latest);
      await tx
        .getRepository(QuestionnaireEntity)
        .update({ id: questionnaire.id }, { publishedVersion: latest.version });
      return { id: questionnaire.id, version: latest.version, status: 'published', warnings };
    });
  }

  /**
   * The latest published version: what new assessments and reliability runs use. Null when
   * the questionnaire is not this organisation's or has never been published.
   */
  async latestPublished(
    manager: EntityManager,
    organizationId: string,
    id: string,
  ): Promise<QuestionnaireVersionEntity | null> {
    const questionnaire = await manager
      .getRepository(QuestionnaireEntity)
      .findOneBy({ id, organizationId });
    if (!questionnaire?.publishedVersion) return null;
    return manager
      .getRepository(QuestionnaireVersionEntity)
      .findOneBy({ questionnaireId: id, version: questionnaire.publishedVersion });
  }

  async findQuestionnaire(
    manager: EntityManager,
    organizationId: string,
    id: string,
    lock = false,
  ): Promise<QuestionnaireEntity> {
    const questionnaire = await manager.getRepository(QuestionnaireEntity).findOne({
      where: { id, organizationId },
      // Serialises edits and publishing of one questionnaire, so no version is opened twice.
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!questionnaire) throw notFound('Questionnaire');
    return questionnaire;
  }

  private async latestVersion(
    manager: EntityManager,
    questionnaireId: string,
  ): Promise<QuestionnaireVersionEntity> {
    const version = await manager
      .getRepository(QuestionnaireVersionEntity)
      .findOne({ where: { questionnaireId }, order: { version: 'DESC' } });
    if (!version) throw notFound('Questionnaire');
    return version;
  }

  /** Profile dimensions of every job role of the organisation that uses this questionnaire. */
  private async linkedRoleDimensions(
    manager: EntityManager,
    organizationId: string,
    questionnaireId: string,
  ): Promise<string[]> {
    const rows: { dimension: string }[] = await manager.query(
      `SELECT DISTINCT p->>'dimension' AS dimension
         FROM job_roles r, jsonb_array_elements(r.profile) p
        WHERE r.organization_id = $1 AND r.questionnaire_id = $2
        ORDER BY 1`,
      [organizationId, questionnaireId],
    );
    return rows.map((r) => r.dimension);
  }
}

/** Drops undefined fields of a validated DTO instance, leaving plain JSON to store. */
function plainItem(item: object): QuestionnaireItemJson {
  return JSON.parse(JSON.stringify(item)) as QuestionnaireItemJson;
}

function toDto(q: QuestionnaireEntity, v: QuestionnaireVersionEntity): QuestionnaireDto {
  return {
    id: q.id,
    status: v.status,
    version: v.version,
    publishedVersion: q.publishedVersion,
    title: v.title,
    locales: v.locales,
    scale: v.scale,
    items: v.items as unknown as QuestionnaireDto['items'],
    publishedAt: v.publishedAt,
    createdAt: q.createdAt,
    updatedAt: v.updatedAt,
  };
}
