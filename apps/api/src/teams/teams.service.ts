import type { FieldError } from '@rolefit/domain';
import { Injectable } from '@nestjs/common';
import {
  AssessmentRepository,
  JobRoleRepository,
  TeamMemberRecord,
  TeamRecord,
  TeamRepository,
  UserRepository,
} from '@rolefit/persistence';
import { AppConfig } from '@rolefit/config';
import type { AuthUser } from '../common/auth/current-user';
import { perTurnLoader } from '../common/batching/per-turn-loader';
import { Page, pageOf, PageQuery } from '../common/pagination/pagination';
import { notFound, unprocessable } from '../common/problem/problem-exception';
import { DimensionsService } from '../dimensions';
import { checkMember, MemberContext, resolveProfile } from './member-rules';
import type {
  CreateTeamDto,
  MemberDto,
  MembersAddedDto,
  RequirementDto,
  TeamDto,
  TeamMemberViewDto,
  UpdateMemberDto,
  UpdateTeamDto,
} from './teams.dto';

@Injectable()
export class TeamsService {
  /** Batched per event-loop turn: the role-map read checks a manager's team on every request. */
  private readonly managerOf: (key: {
    organizationId: string;
    teamId: string;
  }) => Promise<string | null | undefined>;

  constructor(
    private readonly teams: TeamRepository,
    private readonly jobRoles: JobRoleRepository,
    private readonly users: UserRepository,
    private readonly assessments: AssessmentRepository,
    private readonly dimensions: DimensionsService,
    private readonly config: AppConfig,
  ) {
    this.managerOf = perTurnLoader((keys) => this.teams.managersOf(keys));
  }

  async create(caller: AuthUser, dto: CreateTeamDto): Promise<TeamDto> {
    const managerId = dto.managerId ?? caller.userId;
    await this.checkManager(caller.organizationId, managerId);
    const team = await this.teams.create({
      organizationId: caller.organizationId,
      name: dto.name,
      managerId,
    });
    return this.toDto(team);
  }

  /** Admins and recruiters see every team of the organisation; a manager the ones they manage. */
  async list(caller: AuthUser, query: PageQuery): Promise<Page<TeamDto>> {
    const [rows, total] = await this.teams.page(
      caller.organizationId,
      query.skip,
      query.pageSize,
      caller.role === 'manager' ? caller.userId : undefined,
    );
    return pageOf(await this.toDtos(rows), total, query);
  }

  /**
   * The team, if the caller may reach it: admins and recruiters (who only read) every team of
   * their organisation, a manager only the teams they manage. Any other team answers the same
   * 404 as one that does not exist, so its existence is not revealed.
   */
  async get(caller: TeamCaller, id: string): Promise<TeamRecord> {
    const team = await this.teams.findById(caller.organizationId, id);
    if (!team || !mayReach(caller, team)) throw notFound('Team');
    return team;
  }

  /**
   * Whether the caller may reach this team (false also when it does not exist), asked of the
   * database now: a change of manager takes effect on the next request.
   */
  async reaches(caller: TeamCaller, id: string): Promise<boolean> {
    const managerId = await this.managerOf({ organizationId: caller.organizationId, teamId: id });
    return managerId !== undefined && mayReach(caller, { managerId });
  }

  async getDto(caller: AuthUser, id: string): Promise<TeamDto> {
    return this.toDto(await this.get(caller, id));
  }

  async update(caller: AuthUser, id: string, dto: UpdateTeamDto): Promise<TeamDto> {
    const organizationId = caller.organizationId;
    const team = await this.get(caller, id);
    if (dto.managerId) await this.checkManager(organizationId, dto.managerId);
    // A null name, like a missing one, changes nothing; a null managerId clears the manager.
    Object.assign(team, {
      ...(dto.name != null && { name: dto.name }),
      ...(dto.managerId !== undefined && { managerId: dto.managerId }),
    });
    return this.toDto(await this.teams.save(team));
  }

  async listMembers(
    caller: AuthUser,
    teamId: string,
    query: PageQuery,
  ): Promise<Page<TeamMemberViewDto>> {
    await this.get(caller, teamId);
    const [rows, total] = await this.teams.membersPage(
      caller.organizationId,
      teamId,
      query.skip,
      query.pageSize,
    );
    return pageOf(
      rows.map((m) => toMemberView(m, caller)),
      total,
      query,
    );
  }

  /** All or nothing: every member is checked before any is written, in one transaction. */
  async addMembers(
    caller: TeamCaller,
    teamId: string,
    members: MemberDto[],
    bulk: boolean,
  ): Promise<MembersAddedDto> {
    const organizationId = caller.organizationId;
    await this.get(caller, teamId);
    const context = await this.memberContext(organizationId, members);
    const errors: FieldError[] = members.flatMap((m, i) =>
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
    const saved = await this.teams.addMembers(teamId, rows, (existing) =>
      this.refuseOverLimit(existing, rows.length),
    );
    return {
      added: saved.length,
      members: saved.slice(0, 100).map((m) => toMemberView(m, caller)),
    };
  }

  /** TEAM_MAX_MEMBERS, checked in the insert's transaction with the team row locked. */
  private refuseOverLimit(existing: number, adding: number): void {
    const limit = this.config.TEAM_MAX_MEMBERS;
    if (existing + adding > limit) {
      throw unprocessable(
        `A team can have at most ${limit.toLocaleString('en')} members (TEAM_MAX_MEMBERS); ` +
          `this one has ${existing.toLocaleString('en')} and the request adds ${adding.toLocaleString('en')}. ` +
          'None were added.',
        [{ field: 'members', message: `at most ${limit} members per team` }],
      );
    }
  }

  /** Changes one member; the fields not given keep their values. */
  async updateMember(
    caller: AuthUser,
    teamId: string,
    memberId: string,
    dto: UpdateMemberDto,
  ): Promise<TeamMemberViewDto> {
    const organizationId = caller.organizationId;
    await this.get(caller, teamId);
    const member = await this.teams.findMember(organizationId, teamId, memberId);
    if (!member) throw notFound('Member');
    const merged: MemberDto = {
      name: dto.name ?? member.name,
      profile: dto.profile ?? (dto.assessmentId ? undefined : member.profile),
      ...(dto.currentJobRoleId !== undefined && { currentJobRoleId: dto.currentJobRoleId }),
      ...(dto.assessmentId !== undefined && { assessmentId: dto.assessmentId }),
    };
    const context = await this.memberContext(organizationId, [merged]);
    const errors = checkMember(merged, context, '');
    if (errors.length > 0) throw unprocessable('The member is not valid', errors);
    Object.assign(member, {
      ...(dto.name != null && { name: dto.name }),
      ...(dto.email !== undefined && { email: dto.email }),
      ...(dto.currentJobRoleId !== undefined && {
        currentJobRoleId: dto.currentJobRoleId?.toLowerCase() ?? null,
      }),
      ...(dto.performance !== undefined && { performance: dto.performance }),
      ...(dto.assessmentId !== undefined && {
        assessmentId: dto.assessmentId?.toLowerCase() ?? null,
      }),
      ...((dto.profile !== undefined || dto.assessmentId) && {
        profile: resolveProfile(merged, context),
      }),
    });
    return toMemberView(await this.teams.saveMember(member), caller);
  }

  async removeMember(caller: AuthUser, teamId: string, memberId: string): Promise<void> {
    await this.get(caller, teamId);
    const removed = await this.teams.removeMember(caller.organizationId, teamId, memberId);
    if (!removed) throw notFound('Member');
  }

  /** Replaces the team's requirements: job role → number of slots. */
  async setRequirements(
    caller: TeamCaller,
    teamId: string,
    requirements: RequirementDto[],
  ): Promise<RequirementDto[]> {
    const organizationId = caller.organizationId;
    await this.get(caller, teamId);
    const ids = requirements.map((r) => r.jobRoleId.toLowerCase());
    const known = await this.jobRoles.existingIds(organizationId, ids);
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!known.has(id)) errors.push({ field: `[${i}].jobRoleId`, message: 'no such job role' });
      if (seen.has(id))
        errors.push({ field: `[${i}].jobRoleId`, message: 'this job role is listed twice' });
      seen.add(id);
    });
    if (errors.length > 0) throw unprocessable('The requirements are not valid', errors);
    await this.teams.replaceRequirements(
      organizationId,
      teamId,
      requirements.map((r, i) => ({ jobRoleId: ids[i], slots: r.slots })),
    );
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
    return {
      dimensionKeys: await this.dimensions.keys(organizationId),
      jobRoleIds: await this.jobRoles.existingIds(organizationId, roleIds),
      assessmentProfiles: await this.assessments.submittedScores(organizationId, assessmentIds),
    };
  }

  private async checkManager(organizationId: string, managerId: string): Promise<void> {
    const exists = await this.users.existsInOrganization(organizationId, managerId);
    if (!exists)
      throw unprocessable('No such manager', [{ field: 'managerId', message: 'no such user' }]);
  }

  private async toDto(team: TeamRecord): Promise<TeamDto> {
    const [dto] = await this.toDtos([team]);
    return dto;
  }

  /** Member counts and requirements of a page of teams in two queries, not two per team. */
  private async toDtos(teams: TeamRecord[]): Promise<TeamDto[]> {
    if (teams.length === 0) return [];
    const ids = teams.map((t) => t.id);
    const [counts, requirements] = await Promise.all([
      this.teams.memberCounts(ids),
      this.teams.requirementsOf(ids),
    ]);
    return teams.map((team) => ({
      id: team.id,
      name: team.name,
      managerId: team.managerId,
      memberCount: counts.get(team.id) ?? 0,
      requirements: requirements.get(team.id) ?? [],
      createdAt: team.createdAt,
      updatedAt: team.updatedAt,
    }));
  }
}

const isString = (v: string | undefined): v is string => typeof v === 'string';

/** Who is asking about a team: a signed-in user (or the demo seed acting as its manager). */
export type TeamCaller = Pick<AuthUser, 'userId' | 'organizationId' | 'role'>;

function mayReach(caller: TeamCaller, team: Pick<TeamRecord, 'managerId'>): boolean {
  return caller.role !== 'manager' || team.managerId === caller.userId;
}

/** Recruiters never see a member's performance (an HR figure, not theirs to read). */
export function seesPerformance(caller: Pick<AuthUser, 'role'>): boolean {
  return caller.role !== 'recruiter';
}

function toMemberView(m: TeamMemberRecord, caller: Pick<AuthUser, 'role'>): TeamMemberViewDto {
  return {
    id: m.id,
    name: m.name,
    email: m.email,
    currentJobRoleId: m.currentJobRoleId,
    profile: m.profile,
    assessmentId: m.assessmentId,
    performance: seesPerformance(caller) ? m.performance : null,
  };
}
