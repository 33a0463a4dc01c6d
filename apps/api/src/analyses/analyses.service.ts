import { Injectable } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { renderRoleMapSvg, TeamRoleMap, TeamSnapshot, withoutPerformance } from '@rolefit/domain';
import {
  type AnalysisHistoryEntry,
  type AnalysisState,
  JobRoleRecord,
  JobRoleRepository,
  TeamAnalysisRepository,
  TeamRepository,
  Transactions,
  Tx,
} from '@rolefit/persistence';
import { JobOutbox, TEAM_ANALYSIS_QUEUE } from '@rolefit/queues';
import { type Page, pageOf, type PageQuery } from '../common/pagination/pagination';
import { notFound, ProblemException } from '../common/problem/problem-exception';
import type { AuthUser } from '../common/auth/current-user';
import { seesPerformance, TeamsService } from '../teams';
import type { AnalysisAcceptedDto, AnalysisDto } from './analyses.dto';
import { LatestAnalysisRefs } from './latest-analysis-refs';
import { type RoleMapBody, RoleMapPages } from './role-map-pages';
import { AnalysisInput, hashAnalysisInput } from './snapshot';

/**
 * Team analyses: the API freezes a snapshot and hands it to the worker through the outbox;
 * it never computes a map itself.
 */
@Injectable()
export class AnalysesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly analyses: TeamAnalysisRepository,
    private readonly teamRows: TeamRepository,
    private readonly jobRoles: JobRoleRepository,
    private readonly outbox: JobOutbox,
    private readonly teams: TeamsService,
    private readonly config: AppConfig,
    private readonly pages: RoleMapPages,
    private readonly latestRefs: LatestAnalysisRefs,
  ) {}

  async request(caller: AuthUser, teamId: string, force: boolean): Promise<AnalysisAcceptedDto> {
    const organizationId = caller.organizationId;
    await this.teams.get(caller, teamId);
    await this.refuseOversizedTeam(teamId);
    return this.transactions.run(async (tx) => {
      // One request per team at a time, so two identical requests cannot both create one.
      await this.analyses.lockTeam(tx, teamId);
      const input = await this.freeze(tx, organizationId, teamId);
      const hash = hashAnalysisInput(input);
      if (!force) {
        const existing = await this.analyses.findBySnapshot(tx, teamId, hash);
        if (existing) return { id: existing.id, status: existing.status };
      }
      const analysis = await this.analyses.create(tx, {
        organizationId,
        teamId,
        snapshotHash: hash,
        snapshot: input,
      });
      await this.outbox.enqueue(tx, TEAM_ANALYSIS_QUEUE, {
        analysisId: analysis.id,
        organizationId,
      });
      return { id: analysis.id, status: analysis.status };
    });
  }

  /**
   * One analysis, if the caller may reach its team (a manager: a team they manage; any other
   * answers as a missing analysis). Recruiters get the result without the top performer.
   */
  async get(caller: AuthUser, id: string): Promise<AnalysisDto> {
    const analysis = await this.analyses.findById(caller.organizationId, id);
    if (!analysis || !(await this.reachesTeam(caller, analysis.teamId))) {
      throw notFound('Analysis');
    }
    const result = (analysis.result ?? null) as TeamRoleMap | null;
    return {
      id: analysis.id,
      teamId: analysis.teamId,
      status: analysis.status,
      progress: analysis.progress,
      error: analysis.error,
      result: result && !seesPerformance(caller) ? withoutPerformance(result) : result,
      createdAt: analysis.createdAt,
      startedAt: analysis.startedAt,
      completedAt: analysis.completedAt,
    };
  }

  /** The latest completed map of a team, for drawing. */
  async latestMap(
    caller: AuthUser,
    teamId: string,
  ): Promise<{ analysisId: string; completedAt: Date; teamName: string; map: TeamRoleMap }> {
    const team = await this.teams.get(caller, teamId);
    const latest = await this.analyses.latestCompleted(caller.organizationId, teamId);
    if (!latest) throw notFound('Completed analysis for this team');
    return {
      analysisId: latest.id,
      completedAt: latest.completedAt!,
      teamName: team.name,
      map: latest.result as TeamRoleMap,
    };
  }

  /** Tenant-checked state of one analysis (404 otherwise), for its events stream. */
  async state(caller: AuthUser, id: string): Promise<AnalysisState> {
    const state = await this.analyses.findState(caller.organizationId, id);
    if (!state || !(await this.reachesTeam(caller, state.teamId))) throw notFound('Analysis');
    return state;
  }

  async history(
    caller: AuthUser,
    teamId: string,
    query: PageQuery,
  ): Promise<Page<AnalysisHistoryEntry>> {
    await this.teams.get(caller, teamId);
    const { items, total } = await this.analyses.history(
      caller.organizationId,
      teamId,
      query.skip,
      query.pageSize,
    );
    return pageOf(items, total, query);
  }

  /** One page of the latest completed map, serialised (cached per analysis and page). */
  async latestMapPage(
    caller: AuthUser,
    teamId: string,
    page: number,
    pageSize: number,
  ): Promise<RoleMapBody> {
    // A manager's team is checked against the database on every read (one batched query), so
    // a change of manager takes effect at once; admins and recruiters reach every team.
    if (!(await this.reachesTeam(caller, teamId))) throw notFound('Team');
    const latest = await this.latestRefs.latest(caller.organizationId, teamId);
    if (latest.team === 'missing') throw notFound('Team');
    if (latest.analysis === null) throw notFound('Completed analysis for this team');
    const body = await this.pages.get(
      caller.organizationId,
      latest.analysis,
      page,
      pageSize,
      seesPerformance(caller) ? 'full' : 'withoutPerformance',
    );
    if (body === null) throw notFound('Completed analysis for this team');
    return body;
  }

  async latestSvg(caller: AuthUser, teamId: string): Promise<string> {
    const { map, completedAt, teamName } = await this.latestMap(caller, teamId);
    return renderRoleMapSvg(map, {
      title: `${teamName} — team-role map, ${completedAt.toISOString().slice(0, 10)}`,
    });
  }

  /** Admins and recruiters reach every team of their organisation; a manager their own. */
  private async reachesTeam(caller: AuthUser, teamId: string): Promise<boolean> {
    return caller.role !== 'manager' || this.teams.reaches(caller, teamId);
  }

  /**
   * A team may have grown past TEAM_MAX_MEMBERS before the limit was lowered: it is not
   * analysed (its map would not fit a response or a browser), and the manager is told why.
   */
  private async refuseOversizedTeam(teamId: string): Promise<void> {
    const members = (await this.teamRows.memberCounts([teamId])).get(teamId) ?? 0;
    const limit = this.config.TEAM_MAX_MEMBERS;
    if (members > limit) {
      throw new ProblemException(422, teamTooLarge(members, limit), [
        { field: 'members', message: `at most ${limit} members (TEAM_MAX_MEMBERS)` },
      ]);
    }
  }

  /** Reads the team, its requirements and every role involved into one frozen input. */
  private async freeze(tx: Tx, organizationId: string, teamId: string): Promise<AnalysisInput> {
    const members = await this.teamRows.membersForAnalysis(tx, organizationId, teamId);
    const requirements = await this.teamRows.requirementsForAnalysis(tx, teamId);
    const requiredIds = new Set(requirements.map((r) => r.jobRoleId));
    const otherIds = new Set(
      members
        .map((m) => m.currentJobRoleId)
        .filter((id): id is string => !!id && !requiredIds.has(id)),
    );
    const roles = await this.jobRoles.forAnalysis(tx, organizationId, [
      ...requiredIds,
      ...otherIds,
    ]);
    const byId = new Map(roles.map((r) => [r.id, r]));
    const profileOf = (r: JobRoleRecord) =>
      r.profile.map((p) => ({
        dimension: p.dimension,
        target: p.target,
        weight: p.weight,
        direction: p.direction,
        minimum: p.minimum ?? null,
      }));
    const snapshot: TeamSnapshot = {
      members,
      roles: requirements
        .filter((r) => byId.has(r.jobRoleId))
        .map((r) => {
          const role = byId.get(r.jobRoleId)!;
          return {
            id: role.id,
            title: role.title,
            isLeadership: role.isLeadership,
            slots: r.slots,
            profile: profileOf(role),
          };
        }),
      otherRoles: roles
        .filter((r) => !requiredIds.has(r.id))
        .map((r) => ({
          id: r.id,
          title: r.title,
          isLeadership: r.isLeadership,
          profile: profileOf(r),
        })),
    };
    return { snapshot, gapThreshold: this.config.GAP_THRESHOLD };
  }
}

export function teamTooLarge(members: number, limit: number): string {
  return (
    `This team has ${members.toLocaleString('en')} members; teams are limited to ` +
    `${limit.toLocaleString('en')} (TEAM_MAX_MEMBERS). Split it into smaller teams.`
  );
}
