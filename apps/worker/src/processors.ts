import type { Type } from '@nestjs/common';
import {
  MAIL_QUEUE,
  type QueueName,
  RELIABILITY_QUEUE,
  RETENTION_QUEUE,
  TEAM_ANALYSIS_QUEUE,
} from '@rolefit/queues';
import { MailProcessor } from './mail/mail.processor';
import { TeamAnalysisProcessor } from './team-analysis/team-analysis.processor';
import { ReliabilityProcessor } from './reliability/reliability.processor';
import { RetentionProcessor } from './retention/retention.processor';

/**
 * Every queue's processor. The worker refuses to start if a queue has none: a job with no
 * handler would wait forever.
 */
export const PROCESSORS_BY_QUEUE: Partial<Record<QueueName, Type>> = {
  [TEAM_ANALYSIS_QUEUE.name]: TeamAnalysisProcessor,
  [RELIABILITY_QUEUE.name]: ReliabilityProcessor,
  [MAIL_QUEUE.name]: MailProcessor,
  [RETENTION_QUEUE.name]: RetentionProcessor,
};

export const PROCESSORS = Object.values(PROCESSORS_BY_QUEUE).filter((p): p is Type => Boolean(p));
