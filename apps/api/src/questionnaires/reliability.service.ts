import { Injectable } from '@nestjs/common';
import { ReliabilityRunRepository, Transactions } from '@rolefit/persistence';
import { JobOutbox, RELIABILITY_QUEUE } from '@rolefit/queues';
import { conflict, notFound } from '../common/problem/problem-exception';
import type {
  ReliabilityResultDto,
  ReliabilityRunAcceptedDto,
  ReliabilityRunDto,
} from './questionnaires.dto';
import { QuestionnairesService } from './questionnaires.service';

/**
 * Requests and reads questionnaire reliability runs. The API only writes the run and its job
 * to the outbox (one transaction); the worker computes it.
 */
@Injectable()
export class ReliabilityService {
  constructor(
    private readonly transactions: Transactions,
    private readonly runs: ReliabilityRunRepository,
    private readonly outbox: JobOutbox,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  /**
   * Queues a run over the latest published version. While a run of that version is still
   * queued or running, asking again returns it instead of computing twice.
   */
  async request(
    organizationId: string,
    questionnaireId: string,
  ): Promise<ReliabilityRunAcceptedDto> {
    return this.transactions.run(async (tx) => {
      // Locked so two simultaneous requests cannot both create a run.
      await this.questionnaires.findQuestionnaire(organizationId, questionnaireId, tx);
      const version = await this.questionnaires.latestPublished(
        organizationId,
        questionnaireId,
        tx,
      );
      if (!version) {
        throw conflict('The questionnaire has no published version yet; publish it first');
      }
      const active = await this.runs.findActive(tx, version.id);
      if (active) {
        return { id: active.id, status: active.status, questionnaireVersion: active.version };
      }
      const run = await this.runs.create(tx, {
        organizationId,
        questionnaireId,
        questionnaireVersionId: version.id,
        version: version.version,
      });
      await this.outbox.enqueue(tx, RELIABILITY_QUEUE, { runId: run.id, organizationId });
      return { id: run.id, status: run.status, questionnaireVersion: run.version };
    });
  }

  async latest(organizationId: string, questionnaireId: string): Promise<ReliabilityRunDto> {
    await this.questionnaires.findQuestionnaire(organizationId, questionnaireId);
    const run = await this.runs.latest(organizationId, questionnaireId);
    if (!run) throw notFound('Reliability run');
    return {
      id: run.id,
      status: run.status,
      questionnaireVersion: run.version,
      error: run.error,
      result: (run.result as ReliabilityResultDto | null) ?? null,
      n: run.n,
      createdAt: run.createdAt,
      startedAt: run.startedAt,
      completedAt: run.completedAt,
      durationMs: run.durationMs,
    };
  }
}
