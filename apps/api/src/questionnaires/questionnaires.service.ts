import { Injectable } from '@nestjs/common';
import {
  describeForbiddenTopicFinding,
  findForbiddenTopics,
  FORBIDDEN_TOPIC_NAMES,
  publishWarnings,
  type QuestionnaireDefinition,
  validateQuestionnaire,
} from '@rolefit/domain';
import {
  QuestionnaireItemJson,
  QuestionnaireRecord,
  QuestionnaireRepository,
  QuestionnaireVersionRecord,
  Transactions,
  Tx,
} from '@rolefit/persistence';
import { Page, pageOf, PageQuery } from '../common/pagination/pagination';
import {
  conflict,
  notFound,
  ProblemException,
  unprocessable,
} from '../common/problem/problem-exception';
import { type Actor, AuditLog } from '../audit';
import { DimensionsService } from '../dimensions';
import { canonicalItem, measuredDimensions, toDefinition } from './questionnaire-definition';
import type {
  CreateQuestionnaireDto,
  PublishQuestionnaireDto,
  PublishQuestionnaireResultDto,
  QuestionnaireDto,
  QuestionnaireSummaryDto,
  UpdateQuestionnaireDto,
} from './questionnaires.dto';

/**
 * Questionnaires and their versions. A published version is frozen (assessments pin it);
 * editing a published questionnaire opens the next version as a draft, as previews do.
 */
@Injectable()
export class QuestionnairesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly dimensions: DimensionsService,
    private readonly audit: AuditLog,
  ) {}

  async create(organizationId: string, dto: CreateQuestionnaireDto): Promise<QuestionnaireDto> {
    return this.transactions.run(async (tx) => {
      const { questionnaire, version } = await this.questionnaires.create(tx, organizationId, {
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
    const [rows, total] = await this.questionnaires.summaries(
      organizationId,
      query.skip,
      query.pageSize,
    );
    return pageOf(rows, total, query);
  }

  async get(organizationId: string, id: string, version?: number): Promise<QuestionnaireDto> {
    const questionnaire = await this.findQuestionnaire(organizationId, id);
    const row =
      version === undefined
        ? await this.latestVersion(questionnaire.id)
        : await this.questionnaires.version(questionnaire.id, version);
    if (!row) throw notFound('Questionnaire version');
    return toDto(questionnaire, row);
  }

  /** Edits the open draft, or starts the next version from the latest published one. */
  async update(
    organizationId: string,
    id: string,
    dto: UpdateQuestionnaireDto,
  ): Promise<QuestionnaireDto> {
    return this.transactions.run(async (tx) => {
      const questionnaire = await this.findQuestionnaire(organizationId, id, tx);
      const latest = await this.latestVersion(questionnaire.id, tx);
      const content = {
        title: dto.title ?? latest.title,
        locales: dto.locales ? [...new Set(dto.locales)] : latest.locales,
        scale: dto.scale ? { min: dto.scale.min, max: dto.scale.max } : latest.scale,
        items: dto.items ? dto.items.map(plainItem) : latest.items,
      };
      if (latest.status === 'draft') {
        Object.assign(latest, content);
        return toDto(questionnaire, await this.questionnaires.saveVersion(tx, latest));
      }
      const draft = await this.questionnaires.saveVersion(tx, {
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
  async publish(
    actor: Actor,
    id: string,
    dto: PublishQuestionnaireDto = {},
  ): Promise<PublishQuestionnaireResultDto> {
    const organizationId = actor.organizationId;
    const known = await this.dimensions.keys(organizationId);
    return this.transactions.run(async (tx) => {
      const questionnaire = await this.findQuestionnaire(organizationId, id, tx);
      const latest = await this.latestVersion(questionnaire.id, tx);
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
      await this.checkForbiddenTopics(actor, questionnaire.id, latest.version, definition, dto, tx);
      const roleDimensions = await this.questionnaires.linkedRoleDimensions(tx, organizationId, id);
      const warnings = publishWarnings(
        definition,
        roleDimensions.length > 0 ? roleDimensions : measuredDimensions(definition),
      );
      Object.assign(latest, {
        status: 'published' as const,
        publishedAt: new Date(),
        items: definition.items.map(canonicalItem),
      });
      await this.questionnaires.saveVersion(tx, latest);
      await this.questionnaires.setPublishedVersion(tx, questionnaire.id, latest.version);
      return { id: questionnaire.id, version: latest.version, status: 'published', warnings };
    });
  }

  /**
   * Questions applicants may not be asked (Norwegian anti-discrimination law): publishing is
   * refused with every item, field and topic named, unless an admin overrides with a reason,
   * which is audited.
   */
  private async checkForbiddenTopics(
    actor: Actor,
    questionnaireId: string,
    version: number,
    definition: QuestionnaireDefinition,
    dto: PublishQuestionnaireDto,
    tx: Tx,
  ): Promise<void> {
    const findings = findForbiddenTopics(definition);
    if (findings.length === 0) return;
    const override = dto.forbiddenTopicsOverride;
    if (!override) {
      throw unprocessable(
        `The questionnaire asks about topics applicants may not be asked about: ${[
          ...new Set(findings.map((f) => FORBIDDEN_TOPIC_NAMES[f.topic].en)),
        ].join(
          ', ',
        )}. Reword the items, or an admin may publish with forbiddenTopicsOverride {reason}`,
        findings.map((f) => ({ field: f.field, message: describeForbiddenTopicFinding(f) })),
      );
    }
    if (actor.role !== 'admin') {
      throw new ProblemException(403, 'Only an admin may override the forbidden-topics check');
    }
    await this.audit.staff(
      actor,
      'questionnaire.forbidden-topics-overridden',
      { type: 'questionnaire', id: questionnaireId },
      {
        version,
        reason: override.reason,
        findings: findings.map((f) => ({ itemKey: f.itemKey, field: f.field, topic: f.topic })),
      },
      tx,
    );
  }

  /**
   * The latest published version: what new assessments and reliability runs use. Null when
   * the questionnaire is not this organisation's or has never been published.
   */
  latestPublished(
    organizationId: string,
    id: string,
    tx?: Tx,
  ): Promise<QuestionnaireVersionRecord | null> {
    return this.questionnaires.latestPublished(organizationId, id, tx);
  }

  /**
   * This organisation's questionnaire, or 404. Inside a transaction it is locked: edits and
   * publishing of one questionnaire are serialised, so no version is opened twice.
   */
  async findQuestionnaire(
    organizationId: string,
    id: string,
    tx?: Tx,
  ): Promise<QuestionnaireRecord> {
    const questionnaire = await this.questionnaires.findById(organizationId, id, {
      tx,
      lock: tx !== undefined,
    });
    if (!questionnaire) throw notFound('Questionnaire');
    return questionnaire;
  }

  private async latestVersion(
    questionnaireId: string,
    tx?: Tx,
  ): Promise<QuestionnaireVersionRecord> {
    const version = await this.questionnaires.latestVersion(questionnaireId, tx);
    if (!version) throw notFound('Questionnaire');
    return version;
  }
}

/** Drops undefined fields of a validated DTO instance, leaving plain JSON to store. */
function plainItem(item: object): QuestionnaireItemJson {
  return JSON.parse(JSON.stringify(item)) as QuestionnaireItemJson;
}

function toDto(q: QuestionnaireRecord, v: QuestionnaireVersionRecord): QuestionnaireDto {
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
