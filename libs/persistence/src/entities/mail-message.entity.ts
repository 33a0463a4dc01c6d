import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AssessmentEntity } from './assessment.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * `queued` until sent (`completed`); `cancelled` when there is nothing left to send (the
 * assessment was submitted or erased); `failed` after the last try. The names are those of
 * the other job tables, so the lost-job checks treat mail like any other job.
 */
export type MailStatus = 'queued' | 'completed' | 'cancelled' | 'failed';

/**
 * One email to send, written in the same transaction as the change that causes it (with an
 * outbox row for its job). The worker renders and sends it, then marks it `completed` once; the
 * sealed secret (a one-time staff token) is cleared when sent. Candidate links are not stored
 * here: the worker reads them from the assessment when it sends.
 */
@Entity('mail_messages')
@Index(['status', 'createdAt'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'text' })
  locale: string;

  @Column({ type: 'jsonb' })
  params: Record<string, unknown>;

  /** For candidate links: the assessment whose current link goes in the mail (erased with it). */
  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity;

  @Index()
  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId: string | null;

  /** AES-GCM sealed one-time token (staff invitation, password reset); cleared once sent. */
  @Column({ name: 'sealed_secret', type: 'text', nullable: true })
  sealedSecret: string | null;

  @Column({ type: 'text', default: 'queued' })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
