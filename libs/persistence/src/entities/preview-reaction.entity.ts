import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { JobPreviewEntity } from './job-preview.entity';

export type ReactionKind = 'interested' | 'not_for_me';
export const REACTION_KINDS: readonly ReactionKind[] = ['interested', 'not_for_me'];
export type ReactionReason =
  'tasks' | 'schedule' | 'culture' | 'demands' | 'pay' | 'location' | 'other';
export const REACTION_REASONS: readonly ReactionReason[] = [
  'tasks',
  'schedule',
  'culture',
  'demands',
  'pay',
  'location',
  'other',
];

/** A candidate's anonymous reaction to the preview version they saw. */
@Entity('preview_reactions')
@Index(['previewId', 'version'])
@Index('UQ_preview_reactions_idempotency_key', ['previewId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
export class PreviewReactionEntity {
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
  reaction: ReactionKind;

  @Column({ type: 'text', nullable: true })
  reason: ReactionReason | null;

  /** The client's Idempotency-Key, when it sent one: recorded once per preview. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
