import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JobRoleEntity } from './job-role.entity';
import { TeamEntity } from './team.entity';

/** How many people the team needs in a job role. */
@Entity('team_requirements')
export class TeamRequirementEntity {
  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => JobRoleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_role_id' })
  jobRole?: JobRoleEntity;

  @PrimaryColumn({ name: 'job_role_id', type: 'uuid' })
  jobRoleId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'int' })
  slots: number;
}
