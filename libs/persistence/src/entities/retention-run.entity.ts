import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type RetentionRunStatus = 'queued' | 'running' | 'completed' | 'failed';

/**
 * One retention run per period (a UTC day by default). The unique period makes "once per
 * period" hold across any number of workers: only the insert that wins enqueues the job.
 */
@Entity('retention_runs')
export class RetentionRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text' })
  status: RetentionRunStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** What the run did, by kind (see RetentionStats). */
  @Column({ type: 'jsonb', nullable: true })
  stats: Record<string, number> | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
