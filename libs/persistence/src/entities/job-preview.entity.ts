import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { JobRoleEntity } from './job-role.entity';

/**
 * A realistic job preview: a stable identity and public slug, whose content lives in
 * versions (JobPreviewVersionEntity). The slug always serves the latest published version.
 */
@Entity('job_previews')
export class JobPreviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => JobRoleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_role_id' })
  jobRole?: JobRoleEntity;

  @Index()
  @Column({ name: 'job_role_id', type: 'uuid' })
  jobRoleId: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  slug: string;

  /** Latest published version number, null until first published. */
  @Column({ name: 'published_version', type: 'int', nullable: true })
  publishedVersion: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
