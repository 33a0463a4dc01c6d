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
import { TeamEntity } from './team.entity';

@Entity('team_members')
export class TeamMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @Index()
  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @ManyToOne(() => JobRoleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'current_job_role_id' })
  currentJobRole?: JobRoleEntity;

  @Column({ name: 'current_job_role_id', type: 'uuid', nullable: true })
  currentJobRoleId: string | null;

  /** dimensionKey → 0–100, from a submitted assessment or entered by the manager. */
  @Column({ type: 'jsonb' })
  profile: Record<string, number>;

  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId: string | null;

  /** E.g. quota attainment in percent; used for the leadership bench (tip 10). */
  @Column({ type: 'double precision', nullable: true })
  performance: number | null;

  /** Set when the member's name, email and performance were erased (the profile is kept). */
  @Column({ name: 'anonymized_at', type: 'timestamptz', nullable: true })
  anonymizedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
