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
import type { CandidateStage } from '@rolefit/domain';
import { JobRoleEntity } from './job-role.entity';
import type { ProfileEntryJson } from './job-role.entity';
import { OrganizationEntity } from './organization.entity';
import { QuestionnaireVersionEntity } from './questionnaire-version.entity';

export type AssessmentStatus = 'invited' | 'started' | 'submitted';
export type AssessmentSource = 'invitation' | 'application';
export type { CandidateStage };

/** One row of the fit explanation, stored at submit (percentiles are computed when read). */
export interface DimensionScoreJson {
  dimension: string;
  score: number;
  target: number;
  weight: number;
  deviation: number;
  lossShare: number;
}

/**
 * One candidate taking one published questionnaire version for one job role. Reached only by
 * a private token, of which just the SHA-256 is stored. Scored once, at submit, against the
 * role's profile of that moment (kept in `profileUsed`).
 */
@Entity('assessments')
// One open assessment per email and role: applying twice returns it instead of a second one.
@Index(['jobRoleId', 'candidateEmail'], {
  unique: true,
  where: `status IN ('invited', 'started')`,
})
// Attempts and the retake cooldown: the submissions of one email for one role.
@Index(['jobRoleId', 'candidateEmail', 'submittedAt'], { where: `status = 'submitted'` })
// Reminders before a link expires.
@Index(['expiresAt'], { where: `status IN ('invited', 'started') AND reminder_sent_at IS NULL` })
// Ranking and percentiles: the scored assessments of one role and questionnaire version.
@Index(['jobRoleId', 'questionnaireVersionId', 'fit'], { where: `status = 'submitted'` })
// Reliability streams the submissions of one version in id order (keyset pagination).
@Index(['questionnaireVersionId', 'id'], { where: `status = 'submitted'` })
// Retention finds the assessments with personal data left, oldest activity first.
@Index('IDX_assessments_retention', ['updatedAt'], { where: `anonymized_at IS NULL` })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  // RESTRICT: a role with candidates cannot be deleted (it is archived instead), and a delete
  // racing an invitation fails instead of silently taking the new assessment with it.
  @ManyToOne(() => JobRoleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_role_id' })
  jobRole?: JobRoleEntity;

  @Column({ name: 'job_role_id', type: 'uuid' })
  jobRoleId: string;

  @ManyToOne(() => QuestionnaireVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_version_id' })
  questionnaireVersion?: QuestionnaireVersionEntity;

  /** The exact published version, pinned when the assessment was created. */
  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId: string;

  @Column({ name: 'candidate_name', type: 'text' })
  candidateName: string;

  /** Trimmed and lower-cased, so "Ann@X.no" and "ann@x.no" are the same candidate. */
  @Column({ name: 'candidate_email', type: 'text' })
  candidateEmail: string;

  /** The locale the candidate is shown first (en | nb). */
  @Column({ type: 'text', default: 'en' })
  locale: string;

  @Column({ type: 'text' })
  source: AssessmentSource;

  /** Hex SHA-256 of the bearer token; the token itself is never stored. */
  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /**
   * The same token sealed with AES-GCM (see SecretBox in libs/mail): only the worker opens it,
   * to send the candidate's existing link again by email. Never returned by the API.
   */
  @Column({ name: 'token_sealed', type: 'text', nullable: true })
  tokenSealed: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** When the link was last queued for email (re-sends are spaced, so no inbox flooding). */
  @Column({ name: 'link_sent_at', type: 'timestamptz', nullable: true })
  linkSentAt: Date | null;

  /** When the before-expiry reminder was queued (once per link). */
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  @Column({ type: 'text', default: 'invited' })
  status: AssessmentStatus;

  /** itemKey → answer, merged by autosave. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  answers: Record<string, number | string | boolean>;

  /** The preview this candidate applied from and the version they saw (applications only). */
  @Column({ name: 'preview_id', type: 'uuid', nullable: true })
  previewId: string | null;

  @Column({ name: 'preview_version', type: 'int', nullable: true })
  previewVersion: number | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'double precision', nullable: true })
  fit: number | null;

  @Column({ type: 'boolean', nullable: true })
  eligible: boolean | null;

  /** The fit explanation per profile dimension, in profile order. */
  @Column({ name: 'dimension_scores', type: 'jsonb', nullable: true })
  dimensionScores: DimensionScoreJson[] | null;

  /** Every dimension the questionnaire measured → 0–100 (percentiles read these). */
  @Column({ type: 'jsonb', nullable: true })
  scores: Record<string, number> | null;

  @Column({ name: 'knockouts_failed', type: 'jsonb', nullable: true })
  knockoutsFailed: string[] | null;

  @Column({ name: 'minimums_missed', type: 'jsonb', nullable: true })
  minimumsMissed: string[] | null;

  /** The role's target profile at submit time, which the stored result was computed against. */
  @Column({ name: 'profile_used', type: 'jsonb', nullable: true })
  profileUsed: ProfileEntryJson[] | null;

  /**
   * Keyed likert scores in the version's likert item order, written at submit: the
   * reliability job streams these compact arrays instead of parsing answer documents.
   */
  @Column({ name: 'likert_keyed', type: 'smallint', array: true, nullable: true })
  likertKeyed: number[] | null;

  /** Where the candidate stands; changed only by people (see assessment_decisions). */
  @Column({ type: 'text', default: 'invited' })
  stage: CandidateStage;

  /** The privacy notice version in force when the candidate applied or started. */
  @Column({ name: 'privacy_notice_version', type: 'int', nullable: true })
  privacyNoticeVersion: number | null;

  /**
   * When the candidate was emailed that retention will anonymise their data within a week; a
   * later activity (updated_at) moves the date, and a new warning is due before the new one.
   */
  @Column({ name: 'retention_warned_at', type: 'timestamptz', nullable: true })
  retentionWarnedAt: Date | null;

  /** Set when name, email, answers and free text were removed (scores are kept). */
  @Column({ name: 'anonymized_at', type: 'timestamptz', nullable: true })
  anonymizedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
