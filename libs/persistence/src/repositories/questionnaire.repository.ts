import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QuestionnaireEntity, QuestionnaireVersionEntity } from '../entities';
import { queryRows } from '../query-rows';
import type { Tx } from './transactions';

export type QuestionnaireRecord = QuestionnaireEntity;
export type QuestionnaireVersionRecord = QuestionnaireVersionEntity;
export type NewQuestionnaireVersion = Pick<
  QuestionnaireVersionEntity,
  | 'organizationId'
  | 'questionnaireId'
  | 'version'
  | 'status'
  | 'title'
  | 'locales'
  | 'scale'
  | 'items'
  | 'publishedAt'
>;

/** One line of the questionnaire list: the questionnaire with its latest version's summary. */
export interface QuestionnaireSummary {
  id: string;
  title: string;
  status: string;
  version: number;
  publishedVersion: number | null;
  itemCount: number;
  updatedAt: Date;
}

/**
 * Questionnaires and their versions (`questionnaires`, `questionnaire_versions`). Methods that
 * may run inside a caller's transaction take it as their last argument.
 */
@Injectable()
export class QuestionnaireRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Tx): Tx {
    return tx ?? this.dataSource.manager;
  }

  /** A new questionnaire with its first version. */
  async create(
    tx: Tx,
    organizationId: string,
    first: Omit<NewQuestionnaireVersion, 'organizationId' | 'questionnaireId' | 'version'>,
    publishedVersion: number | null = null,
  ): Promise<{ questionnaire: QuestionnaireRecord; version: QuestionnaireVersionRecord }> {
    const questionnaire = await tx
      .getRepository(QuestionnaireEntity)
      .save({ organizationId, publishedVersion });
    const version = await tx.getRepository(QuestionnaireVersionEntity).save({
      ...first,
      organizationId,
      questionnaireId: questionnaire.id,
      version: 1,
    });
    return { questionnaire, version };
  }

  async summaries(
    organizationId: string,
    skip: number,
    take: number,
  ): Promise<[QuestionnaireSummary[], number]> {
    const [rows, [{ total }]] = await Promise.all([
      queryRows<{
        id: string;
        published_version: number | null;
        title: string;
        status: string;
        version: number;
        item_count: number;
        updated_at: Date;
      }>(
        this.dataSource,
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
        [organizationId, take, skip],
      ),
      queryRows<{ total: number }>(
        this.dataSource,
        `SELECT count(*)::int AS total FROM questionnaires WHERE organization_id = $1`,
        [organizationId],
      ),
    ]);
    const summaries = rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      version: r.version,
      publishedVersion: r.published_version,
      itemCount: r.item_count,
      updatedAt: r.updated_at,
    }));
    return [summaries, total];
  }

  /** The organisation's first questionnaire (the default one it was created with). */
  async firstId(organizationId: string): Promise<string | null> {
    const first = await this.dataSource.getRepository(QuestionnaireEntity).findOne({
      where: { organizationId },
      order: { createdAt: 'ASC' },
      select: { id: true },
    });
    return first?.id ?? null;
  }

  exists(organizationId: string, id: string): Promise<boolean> {
    return this.dataSource.getRepository(QuestionnaireEntity).existsBy({ id, organizationId });
  }

  /** With `lock`, edits and publishing of one questionnaire are serialised (needs a `tx`). */
  findById(
    organizationId: string,
    id: string,
    options: { tx?: Tx; lock?: boolean } = {},
  ): Promise<QuestionnaireRecord | null> {
    return this.db(options.tx)
      .getRepository(QuestionnaireEntity)
      .findOne({
        where: { id, organizationId },
        ...(options.lock && { lock: { mode: 'pessimistic_write' as const } }),
      });
  }

  latestVersion(questionnaireId: string, tx?: Tx): Promise<QuestionnaireVersionRecord | null> {
    return this.db(tx)
      .getRepository(QuestionnaireVersionEntity)
      .findOne({ where: { questionnaireId }, order: { version: 'DESC' } });
  }

  /** A version by its id; throws when there is none (callers hold an id that references one). */
  versionById(id: string): Promise<QuestionnaireVersionRecord> {
    return this.dataSource.getRepository(QuestionnaireVersionEntity).findOneByOrFail({ id });
  }

  version(
    questionnaireId: string,
    version: number,
    tx?: Tx,
  ): Promise<QuestionnaireVersionRecord | null> {
    return this.db(tx)
      .getRepository(QuestionnaireVersionEntity)
      .findOneBy({ questionnaireId, version });
  }

  /** The latest published version; null when not this organisation's or never published. */
  async latestPublished(
    organizationId: string,
    id: string,
    tx?: Tx,
  ): Promise<QuestionnaireVersionRecord | null> {
    const questionnaire = await this.findById(organizationId, id, { tx });
    if (!questionnaire?.publishedVersion) return null;
    return this.version(id, questionnaire.publishedVersion, tx);
  }

  saveVersion(
    tx: Tx,
    version: NewQuestionnaireVersion | QuestionnaireVersionRecord,
  ): Promise<QuestionnaireVersionRecord> {
    return tx.getRepository(QuestionnaireVersionEntity).save(version);
  }

  async setPublishedVersion(tx: Tx, id: string, version: number): Promise<void> {
    await tx.getRepository(QuestionnaireEntity).update({ id }, { publishedVersion: version });
  }

  /** Profile dimensions of every job role of the organisation that uses this questionnaire. */
  async linkedRoleDimensions(tx: Tx, organizationId: string, id: string): Promise<string[]> {
    const rows = await queryRows<{ dimension: string }>(
      tx,
      `SELECT DISTINCT p->>'dimension' AS dimension
         FROM job_roles r, jsonb_array_elements(r.profile) p
        WHERE r.organization_id = $1 AND r.questionnaire_id = $2
        ORDER BY 1`,
      [organizationId, id],
    );
    return rows.map((r) => r.dimension);
  }
}
