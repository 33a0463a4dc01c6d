import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '@rolefit/domain';
import { OrganizationEntity } from './organization.entity';

/**
 * Every privacy notice an organisation has published, by version, so the text a candidate
 * was shown (recorded on their application) can always be read back. Version 1 without a row
 * is the default notice.
 */
@Entity('privacy_notice_versions')
export class PrivacyNoticeVersionEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  text: Required<LocalizedText>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
