import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { DimensionKind, LocalizedText } from '@rolefit/domain';
import { OrganizationEntity } from './organization.entity';

export type { DimensionKind };
export type LocalizedJson = LocalizedText;

/** One competency of an organisation's model. */
@Entity('dimensions')
@Index(['organizationId', 'key'], { unique: true })
export class DimensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  name: LocalizedJson;

  @Column({ type: 'jsonb' })
  description: LocalizedJson;

  @Column({ type: 'text' })
  kind: DimensionKind;

  /** Keeps the model in the order it was written. */
  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
