import { OutboxRepository } from './outbox.repository';
import { ReliabilityInputRepository } from './reliability-input.repository';
import { ReliabilityRunRepository } from './reliability-run.repository';
import { TeamAnalysisRepository } from './team-analysis.repository';

export * from './outbox.repository';
export * from './reliability-input.repository';
export * from './reliability-run.repository';
export * from './run-status';
export * from './team-analysis.repository';

/** Every repository: provided and exported by PersistenceModule, injected by class. */
export const REPOSITORIES = [
  OutboxRepository,
  TeamAnalysisRepository,
  ReliabilityRunRepository,
  ReliabilityInputRepository,
];
