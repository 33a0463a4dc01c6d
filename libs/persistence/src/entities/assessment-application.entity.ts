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
import { JobPreviewEntity } from './job-preview.entity';

/**
 * One application from a public preview, with the preview version the candidate saw. Applying
 * twice with the same email returns the same open assessment but records both applications.
 */
@Entity('assessment_applications')
@Index(['previewId', 'previewVersion'])
export class AssessmentApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity;

  @Index()
  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => JobPreviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'preview_id' })
  preview?: JobPreviewEntity;

  @Column({ name: 'preview_id', type: 'uuid' })
  previewId: string;

  @Column({ name: 'preview_version', type: 'int' })
  previewVersion: number;

  /** The privacy notice version the candidate was shown when applying. */
  @Column({ name: 'privacy_notice_version', type: 'int', nullable: true })
  privacyNoticeVersion: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
