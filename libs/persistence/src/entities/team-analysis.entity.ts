import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TeamEntity } from './team.entity';
import { TEAM_ANALYSIS_HEADLINES as H } from './team-analysis-headlines';

const headline = (column: keyof typeof H) => ({
  name: column,
  type: H[column].type,
  nullable: true,
  generatedType: 'STORED' as const,
  asExpression: H[column].sql,
  insert: false,
  update: false,
});

export type JobStatus = 'queued' | 'running' | 'completed' | 'failed';

/**
 * One team-composition analysis over a frozen snapshot of the team. The same snapshot asked
 * for again finds this row by its hash instead of computing twice.
 */
@Entity('team_analyses')
@Index(['teamId', 'snapshotHash'])
@Index(['teamId', 'completedAt'])
// The team's history, newest first (read backwards).
@Index('IDX_team_analyses_history', ['teamId', 'createdAt', 'id'])
// The worker's lost-job reconciler looks for unfinished analyses; they are few.
@Index('IDX_team_analyses_unfinished', ['createdAt'], { where: `status IN ('queued', 'running')` })
export class TeamAnalysisEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'snapshot_hash', type: 'text' })
  snapshotHash: string;

  @Column({ type: 'jsonb' })
  snapshot: unknown;

  @Column({ type: 'text' })
  status: JobStatus;

  /** 0–100, reported by the worker while it computes. */
  @Column({ type: 'int', default: 0 })
  progress: number;

  @Column({ type: 'jsonb', nullable: true })
  result: unknown;

  /** A readable reason when status is failed. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** How many times a worker started this analysis (more than one after a crash or retry). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Set when member names in the snapshot and result were replaced (retention). */
  @Column({ name: 'anonymized_at', type: 'timestamptz', nullable: true })
  anonymizedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Generated from the result (history figures); null until completed. */
  @Column(headline('mean_fit_current'))
  meanFitCurrent: number | null;

  @Column(headline('mean_fit_optimal'))
  meanFitOptimal: number | null;

  @Column(headline('total_fit_current'))
  totalFitCurrent: number | null;

  @Column(headline('total_fit_optimal'))
  totalFitOptimal: number | null;

  @Column(headline('member_count'))
  memberCount: number | null;
}
