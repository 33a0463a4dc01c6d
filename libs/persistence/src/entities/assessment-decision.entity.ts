import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { CandidateStage } from '@rolefit/domain';
import { AssessmentEntity } from './assessment.entity';

export type DecisionActor = 'user' | 'candidate';

/**
 * One change of a candidate's stage: who (a named user, or the candidate), when, to which
 * stage, and why. Append-only; the id orders decisions made in the same instant.
 */
@Entity('assessment_decisions')
@Index(['assessmentId', 'id'])
export class AssessmentDecisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'text' })
  stage: CandidateStage;

  /** Free text; removed with the candidate's other personal data. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text' })
  actor: DecisionActor;

  /** The deciding user (kept as a name too, so the history survives the account). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'user_name', type: 'text', nullable: true })
  userName: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
