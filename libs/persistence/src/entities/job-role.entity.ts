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
import type { ChannelMix, ProfileTarget } from '@rolefit/domain';
import { OrganizationEntity } from './organization.entity';

/** Stored as jsonb in the shapes the domain computes with. */
export type ProfileEntryJson = ProfileTarget;
export type ChannelMixJson = ChannelMix;

@Entity('job_roles')
@Index(['organizationId', 'createdAt'])
export class JobRoleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ name: 'is_leadership', type: 'boolean', default: false })
  isLeadership: boolean;

  @Column({ type: 'jsonb' })
  profile: ProfileEntryJson[];

  @Column({ type: 'jsonb' })
  channels: ChannelMixJson;

  /** The questionnaire (lineage) candidates for this role answer; its latest published version. */
  @Column({ name: 'questionnaire_id', type: 'uuid', nullable: true })
  questionnaireId: string | null;

  /** Archived roles are hidden from lists and take no new candidates; their data is kept. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
