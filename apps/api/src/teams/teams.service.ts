import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  JobRoleEntity,
  TeamEntity,
  TeamMemberEntity,
  TeamRequirementEntity,
  UserEntity,
} from '@rolefit/persistence';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../common/auth/current-user';
import { Page, pageOf, PageQuery } from '../common/pagination/pagination';
import type { FieldProblem } from '../common/problem/problem';
import { notFound, unprocessable } from '../common/problem/problem-exception';
import { DimensionsService } from '../dimensions/dimensions.service';
import { AssessmentProfiles } from './assessment-profiles';
import { checkMember, MemberContext, resolveProfile } from './member-rules';
import type {
  CreateTeamDto,
  MemberDto,
  MembersAddedDto,
  RequirementDto,
  TeamDto,
  TeamMemberViewDto,
  UpdateTeamDto,
} from './teams.dto';

const INSERT_CHUNK = 1000;

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dimensions: DimensionsService,
    private readonly assessmentProfiles: AssessmentProfiles,
  ) {}

  async create(caller: AuthUser, dto: CreateTeamDto): Promise<TeamDto> {
    const managerId = dto.managerId ?? caller.userId;
    await this.checkManager(caller.organizationId, managerId);
    const team = await this.dataSource
      .getRepository(TeamEntity)
      .save({ organizationId: caller.organizationId, name: dto.name, managerId });
    return this.toDto(team);
  }

  async list(organizationId: string, query: PageQuery): Promise<Page<TeamDto>> {
    const [rows, total] = await this.dataSource.getRepository(TeamEntity).findAndCount({
      where: { organizationId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return pageOf(await this.toDtos(rows), total, query);
  }

  async get(organizationId: string, id: string): Promise<TeamEntity> {
    const team = await this.dataSource.getRepository(TeamEntity).findOneBy({ id, organizationId });
    if (!team) throw notFound('Team');
    return team;
  }

  async getDto(organizationId: string, id: string): Promise<TeamDto> {
    return this.toDto(await this.get(organizationId, id));
  }

  async update(organizationId: string, id: string, dto: UpdateTeamDto): Promise<TeamDto> {
    const team = await this.get(organizationId, id);
    if (dto.managerId) await this.checkManager(organizationId, dto.managerId);
    // A null name, like a missing one, changes nothing; a null managerId clears the manager.
    Object.assign(team, {
      ...(dto.name != null && { name: dto.name }),
      ...(dto.managerId !== undefined && { managerId: dto.managerId }),
    });
    return this.toDto(await this.dataSource.getRepository(TeamEntity).save(team));
  }

  async listMembers(
    organizationId: string,
    teamId: string,
    query: PageQuery,
  ): Promise<Page<TeamMemberViewDto>> {
    await this.get(organizationId, teamId);
    const [rows, total] = await this.dataSource.getRepository(TeamMemberEntity).findAndCount({
      where: { teamId, organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return pageOf(rows.map(toMemberView), total, query);
  }

  /** All or nothing: every member is checked before any is written, in one transaction. */
  async addMembers(
    organizationId: string,
    teamId: string,
    members: MemberDto[],
    bulk: boolean,
  ): Promise<MembersAddedDto> {
    await this.get(organizationId, teamId);
    const context = await this.memberContext(organizationId, members);
    const errors: FieldProblem[] = members.flatMap((m, i) =>
      checkMember(m, context, bulk ? `members[${i}].` : ''),
    );
    if (errors.length > 0) {
      throw unprocessable('Some members are not valid; none were added', errors.slice(0, 200));
    }
    const rows = members.map((m) => ({
      organizationId,
      teamId,
      name: m.name,
      email: m.email ?? null,
      currentJobRoleId: m.currentJobRoleId?.toLowerCase() ?? null,
      profile: resolveProfile(m, context),
      assessmentId: m.assessmentId?.toLowerCase() ?? null,
      performance: m.performance ?? null,
    }));
    const saved = await this.dataSource.transaction(async (tx) => {
      const created: TeamMemberEntity[] = [];
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const result = await tx
          .createQueryBuilder()
          .insert()
          .into(TeamMemberEntity)
          .values(rows.slice(i, i + INSERT_CHUNK))
          .returning(['id', 'createdAt'])
          .execute();
        result.identifiers.forEach((identifier, j) =>
          created.push({ ...rows[i + j], ...(identifier as { id: string }) } as TeamMemberEntity),
        );
      }
      await tx.getRepository(TeamEntity).update({ id: teamId }, { updatedAt: new Date() });
      return created;
    });
    return { added: saved.length, members: saved.slice(0, 100).map(toMemberView) };
  }

  /** Replaces the team's requirements: job role → number of slots. */
  async setRequirements(
    organizationId: string,
    teamId: string,
    requirements: RequirementDto[],
  ): Promise<RequirementDto[]> {
    await this.get(organizationId, teamId);
    const ids = requirements.map((r) => r.jobRoleId.toLowerCase());
    const known = new Set(
      (
        await this.dataSource
          .getRepository(JobRoleEntity)
          .find({ where: { organizationId, id: In(ids) }, select: { id: true } })
      ).map((r) => r.id),
    );
    const errors: FieldProblem[] = [];
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!known.has(id)) errors.push({ field: `[${i}].jobRoleId`, message: 'no such job role' });
      if (seen.has(id))
        errors.push({ field: `[${i}].jobRoleId`, message: 'this job role is listed twice' });
      seen.add(id);
    });
    if (errors.length > 0) throw unprocessable('The requirements are not valid', errors);
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(TeamRequirementEntity).delete({ teamId });
      if (requirements.length > 0) {
        await tx.getRepository(TeamRequirementEntity).insert(
          requirements.map((r, i) => ({
            teamId,
            organizationId,
            jobRoleId: ids[i],
            slots: r.slots,
          })),
        );
      }
      await tx.getRepository(TeamEntity).update({ id: teamId }, { updatedAt: new Date() });
    });
    return requirements.map((r, i) => ({ jobRoleId: ids[i], slots: r.slots }));
  }

  private async memberContext(
    organizationId: string,
    members: MemberDto[],
  ): Promise<MemberContext> {
    const roleIds = [
      ...new Set(members.map((m) => m.currentJobRoleId?.toLowerCase()).filter(isString)),
    ];
    const assessmentIds = [
      ...new Set(members.map((m) => m.assessmentId?.toLowerCase()).filter(isString)),
    ];
    const roles = roleIds.length
      ? await this.dataSource
          .getRepository(JobRoleEntity)
          .find({ where: { organizationId, id: In(roleIds) }, select: { id: true } })
      : [];
    return {
      dimensionKeys: await this.dimensions.keys(organizationId),
      jobRoleIds: new Set(roles.map((r) => r.id)),
      assessmentProfiles: await this.assessmentProfiles.find(organizationId, assessmentIds),
    };
  }

  private async checkManager(organizationId: string, managerId: string): Promise<void> {
    const exists = await this.dataSource
      .getRepository(UserEntity)
      .existsBy({ id: managerId, organizationId });
    if (!exists)
      throw unprocessable('No such manager', [{ field: 'managerId', message: 'no such user' }]);
  }

  private async toDto(team: TeamEntity): Promise<TeamDto> {
    const [dto] = await this.toDtos([team]);
    return dto;
  }

  /** Member counts and requirements of a page of teams in two queries, not two per team. */
  private async toDtos(teams: TeamEntity[]): Promise<TeamDto[]> {
    if (teams.length === 0) return [];
    const ids = teams.map((t) => t.id);
    const [counts, requirements] = await Promise.all([
      this.dataSource.query<{ team_id: string; n: number }[]>(
        `SELECT team_id, count(*)::int AS n FROM team_members WHERE team_id = ANY($1::uuid[]) GROUP BY team_id`,
        [ids],
      ),
      this.dataSource
        .getRepository(TeamRequirementEntity)
        .find({ where: { teamId: In(ids) }, order: { jobRoleId: 'ASC' } }),
    ]);
    const countOf = new Map(counts.map((c) => [c.team_id, c.n]));
    return teams.map((team) => ({
      id: team.id,
      name: team.name,
      managerId: team.managerId,
      memberCount: countOf.get(team.id) ?? 0,
      requirements: requirements
        .filter((r) => r.teamId === team.id)
        .map((r) => ({ jobRoleId: r.jobRoleId, slots: r.slots })),
      createdAt: team.createdAt,
      updatedAt: team.updatedAt,
    }));
  }
}

const isString = (v: string | undefined): v is string => typeof v === 'string';

function toMemberView(m: TeamMemberEntity): TeamMemberViewDto {
  return {
    id: m.id,
    name: m.name,
    email: m.email,
    currentJobRoleId: m.currentJobRoleId,
    profile: m.profile,
    assessmentId: m.assessmentId,
    performance: m.performance,
  };
}
