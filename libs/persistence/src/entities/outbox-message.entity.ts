import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: a job to hand to BullMQ, written in the same transaction as the
 * business row that needs it. The worker's relay moves undispatched rows to Redis, so a
 * request accepted while Redis is down is processed once Redis is back.
 */
@Entity('outbox_messages')
@Index(['dispatchedAt', 'id'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  /** BullMQ job id: relaying the same row twice can never create two jobs. */
  @Index()
  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
