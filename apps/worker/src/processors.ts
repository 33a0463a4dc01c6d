import type { Type } from '@nestjs/common';
import { QueueName } from '@rolefit/queues';
import { TeamAnalysisProcessor } from './team-analysis/team-analysis.processor';
import { ReliabilityProcessor } from './reliability/reliability.processor';

/**
 * Every queue's processor. The worker refuses to start if a queue has none: a job with no
 * handler would wait forever.
 */
export const PROCESSORS_BY_QUEUE: Partial<Record<QueueName, Type>> = {
  [QueueName.TeamAnalysis]: TeamAnalysisProcessor,
  [QueueName.QuestionnaireReliability]: ReliabilityProcessor,
};

export const PROCESSORS = Object.values(PROCESSORS_BY_QUEUE).filter((p): p is Type => Boolean(p));
