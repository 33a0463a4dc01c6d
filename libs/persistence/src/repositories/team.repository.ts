import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { TeamEntity, TeamMemberEntity, TeamRequirementEntity } from '../entities';
import { queryRows } from '../query-rows';
import type { Tx } from './transactions';

export type TeamRecord = TeamEntity;
export type TeamMemberRecord = TeamMemberEntity;
export type NewTeamMember = Pick<
  TeamMemberEntity,
  | 'organizationId'
  | 'teamId'
  | 'name'
  | 'email'
  | 'currentJobRoleId'
  | 'profile'
  | 'assessmentId'
  | 'performance'
>;
export interface Requirement {
  jobRoleId: string;
  slots: number;
}

/** Rows per INSERT when adding members in bulk (PostgreSQL caps bind parameters at 65,535). */
const INSERT_CHUNK = 1000;

/** Teams with their members and requirements (`teams`, `team_members`, `team_requirements`). */
@Injectable()
export class TeamRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get teams() {
    return this.dataSource.getRepository(TeamEntity);
  }

  create(team: Pick<TeamEntity, 'organizationId' | 'name' | 'managerId'>): Promise<TeamRecord> {
    return this.teams.save(team);
  }

  save(team: TeamRecord): Promise<TeamRecord> {
    return this.teams.save(team);
  }

  /** A page of the organisation's teams; with `managerId`, only the teams that user manages. */
  page(
    organizationId: string,
    skip: number,
    take: number,
    managerId?: string,
  ): Promise<[TeamRecord[], number]> {
    return this.teams.findAndCount({
      where: managerId === undefined ? { organizationId } : { organizationId, managerId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
  }

  findById(organizationId: string, id: string): Promise<TeamRecord | null> {
    return this.teams.findOneBy({ id, organizationId });
  }

  /**
   * The managers of several teams in one query, in the order asked: the user id, null for a
   * team without a manager, undefined for a team that is not in that organisation.
   */
  async managersOf(
    keys: readonly { organizationId: string; teamId: string }[],
  ): Promise<(string | null | undefined)[]> {
    const rows = await queryRows<{
      id: string;
      organization_id: string;
      manager_id: string | null;
    }>(
      this.dataSource,
      `SELECT id, organization_id, manager_id FROM teams WHERE id = ANY($1::uuid[])`,
      [[...new Set(keys.map((k) => k.teamId))]],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map(({ organizationId, teamId }) => {
      const row = byId.get(teamId);
      return row && row.organization_id === organizationId ? row.manager_id : undefined;
    });
  }

  /** Member counts of several teams in one query. */
  async memberCounts(teamIds: string[]): Promise<Map<string, number>> {
    const rows = await queryRows<{ team_id: string; n: number }>(
      this.dataSource,
      `SELECT team_id, count(*)::int AS n FROM team_members WHERE team_id = ANY($1::uuid[]) GROUP BY team_id`,
      [teamIds],
    );
    return new Map(rows.map((r) => [r.team_id, r.n]));
  }

  /** Requirements of several teams in one query, by team, each ordered by job role id. */
  async requirementsOf(teamIds: string[]): Promise<Map<string, Requirement[]>> {
    const rows = await this.dataSource
      .getRepository(TeamRequirementEntity)
      .find({ where: { teamId: In(teamIds) }, order: { jobRoleId: 'ASC' } });
    const byTeam = new Map<string, Requirement[]>();
    for (const r of rows) {
      const list = byTeam.get(r.teamId) ?? [];
      list.push({ jobRoleId: r.jobRoleId, slots: r.slots });
      byTeam.set(r.teamId, list);
    }
    return byTeam;
  }

  membersPage(
    organizationId: string,
    teamId: string,
    skip: number,
    take: number,
  ): Promise<[TeamMemberRecord[], number]> {
    return this.dataSource.getRepository(TeamMemberEntity).findAndCount({
      where: { teamId, organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip,
      take,
    });
  }

  /**
   * Adds members in one transaction (all or nothing) and returns them with their ids.
   * `check` sees the member count first, with the team row locked so that two concurrent
   * imports cannot both pass a size limit; throwing from it adds nothing.
   */
  addMembers(
    teamId: string,
    members: NewTeamMember[],
    check?: (existingMembers: number) => void,
  ): Promise<TeamMemberRecord[]> {
    return this.dataSource.transaction(async (tx) => {
      if (check) {
        await tx.query(`SELECT id FROM teams WHERE id = $1 FOR UPDATE`, [teamId]);
        const [{ n }] = await tx.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM team_members WHERE team_id = $1`,
          [teamId],
        );
        check(n);
      }
      const created: TeamMemberRecord[] = [];
      for (let i = 0; i < members.length; i += INSERT_CHUNK) {
        const result = await tx
          .createQueryBuilder()
          .insert()
          .into(TeamMemberEntity)
          .values(members.slice(i, i + INSERT_CHUNK))
          .returning(['id', 'createdAt'])
          .execute();
        result.identifiers.forEach((identifier, j) =>
          created.push({
            ...members[i + j],
            ...(identifier as { id: string }),
          } as TeamMemberRecord),
        );
      }
      await tx.getRepository(TeamEntity).update({ id: teamId }, { updatedAt: new Date() });
      return created;
    });
  }

  findMember(
    organizationId: string,
    teamId: string,
    memberId: string,
  ): Promise<TeamMemberRecord | null> {
    return this.dataSource
      .getRepository(TeamMemberEntity)
      .findOneBy({ id: memberId, teamId, organizationId });
  }

  /** Saves a changed member and marks the team changed (a new snapshot for the next analysis). */
  saveMember(member: TeamMemberRecord): Promise<TeamMemberRecord> {
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.getRepository(TeamMemberEntity).save(member);
      await tx.getRepository(TeamEntity).update({ id: member.teamId }, { updatedAt: new Date() });
      return saved;
    });
  }

  /** Removes a member from the team; false when there was no such member. */
  removeMember(organizationId: string, teamId: string, memberId: string): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const result = await tx
        .getRepository(TeamMemberEntity)
        .delete({ id: memberId, teamId, organizationId });
      if (!result.affected) return false;
      await tx.getRepository(TeamEntity).update({ id: teamId }, { updatedAt: new Date() });
      return true;
    });
  }

  /** Replaces the team's requirements in one transaction. */
  async replaceRequirements(
    organizationId: string,
    teamId: string,
    requirements: Requirement[],
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(TeamRequirementEntity).delete({ teamId });
      if (requirements.length > 0) {
        await tx
          .getRepository(TeamRequirementEntity)
          .insert(requirements.map((r) => ({ teamId, organizationId, ...r })));
      }
      await tx.getRepository(TeamEntity).update({ id: teamId }, { updatedAt: new Date() });
    });
  }

  /** Members in the order they were added, for freezing an analysis snapshot. */
  async membersForAnalysis(
    tx: Tx,
    organizationId: string,
    teamId: string,
  ): Promise<
    Pick<TeamMemberRecord, 'id' | 'name' | 'currentJobRoleId' | 'profile' | 'performance'>[]
  > {
    const rows = await queryRows<{
      id: string;
      name: string;
      current_job_role_id: string | null;
      profile: Record<string, number>;
      performance: number | null;
    }>(
      tx,
      `SELECT id, name, current_job_role_id, profile, performance FROM team_members
        WHERE team_id = $1 AND organization_id = $2 ORDER BY created_at, id`,
      [teamId, organizationId],
    );
    return rows.map((m) => ({
      id: m.id,
      name: m.name,
      currentJobRoleId: m.current_job_role_id,
      profile: m.profile,
      performance: m.performance,
    }));
  }

  /** Requirements with at least one slot, by job role id. */
  async requirementsForAnalysis(tx: Tx, teamId: string): Promise<Requirement[]> {
    const rows = await queryRows<{ job_role_id: string; slots: number }>(
      tx,
      `SELECT job_role_id, slots FROM team_requirements WHERE team_id = $1 AND slots > 0 ORDER BY job_role_id`,
      [teamId],
    );
    return rows.map((r) => ({ jobRoleId: r.job_role_id, slots: r.slots }));
  }
}
