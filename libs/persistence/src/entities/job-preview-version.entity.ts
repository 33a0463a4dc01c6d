import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { JobPreviewEntity } from './job-preview.entity';
import type { PreviewContentJson } from './preview-content.json';

export type PreviewStatus = 'draft' | 'published' | 'archived';

@Entity('job_preview_versions')
@Index(['previewId', 'version'], { unique: true })
export class JobPreviewVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => JobPreviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'preview_id' })
  preview?: JobPreviewEntity;

  @Column({ name: 'preview_id', type: 'uuid' })
  previewId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  status: PreviewStatus;

  @Column({ type: 'jsonb' })
  content: PreviewContentJson;

  /** Page views of this version on the public slug (flushed in batches, see PreviewViewCounter). */
  @Column({ type: 'int', default: 0 })
  views: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
