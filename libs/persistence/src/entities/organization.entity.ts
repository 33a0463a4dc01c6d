import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant. Every row of business data carries an organization_id. */
@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Candidate personal data is anonymised this many months after the last activity. */
  @Column({ name: 'retention_months', type: 'int', default: 6 })
  retentionMonths: number;

  /** Candidates may read their own profile in words from their link. */
  @Column({ name: 'share_results_with_candidates', type: 'boolean', default: true })
  shareResultsWithCandidates: boolean;

  /** The current privacy notice version (1 = the default text until an admin writes one). */
  @Column({ name: 'privacy_notice_version', type: 'int', default: 1 })
  privacyNoticeVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
