import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { QuestionnaireVersionEntity } from './questionnaire-version.entity';
import { QuestionnaireEntity } from './questionnaire.entity';

export type ReliabilityRunStatus = 'queued' | 'running' | 'completed' | 'failed';

/**
 * One reliability analysis of a published questionnaire version, computed by the worker over
 * every complete submission of that version. The version is pinned when the run is requested.
 */
@Entity('reliability_runs')
@Index(['questionnaireId', 'createdAt'])
@Index('IDX_reliability_runs_unfinished', ['createdAt'], {
  where: `status IN ('queued', 'running')`,
})
export class ReliabilityRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_id' })
  questionnaire?: QuestionnaireEntity;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @ManyToOne(() => QuestionnaireVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_version_id' })
  questionnaireVersion?: QuestionnaireVersionEntity;

  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId: string;

  /** The version number, for display without a join. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  status: ReliabilityRunStatus;

  /** A readable reason when status is failed. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result: unknown;

  /** Complete submissions the result covers. */
  @Column({ type: 'int', nullable: true })
  n: number | null;

  /** How many times a worker started this run (more than one after a crash or retry). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Computation time of the attempt that completed, in milliseconds. */
  @Column({ name: 'duration_ms', type: 'int', nullable: true })
  durationMs: number | null;
}
