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
import { QuestionnaireEntity } from './questionnaire.entity';

export type QuestionnaireStatus = 'draft' | 'published';

/**
 * Stored item shape (jsonb). Drafts may hold incomplete items; a published version passed the
 * domain's validateQuestionnaire, so its items are a valid QuestionnaireDefinition's items.
 */
export type QuestionnaireItemJson = Record<string, unknown> & { key: string; type: string };

/**
 * One version of a questionnaire. Published versions are immutable: assessments pin the exact
 * version they were taken on, and editing a published questionnaire opens the next draft.
 */
@Entity('questionnaire_versions')
@Index(['questionnaireId', 'version'], { unique: true })
export class QuestionnaireVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_id' })
  questionnaire?: QuestionnaireEntity;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  status: QuestionnaireStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'jsonb' })
  locales: string[];

  @Column({ type: 'jsonb' })
  scale: { min: number; max: number };

  @Column({ type: 'jsonb' })
  items: QuestionnaireItemJson[];

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
