import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@rolefit/config';
import { renderRoleMapSvg, TeamRoleMap, TeamSnapshot } from '@rolefit/domain';
import { JobRoleEntity, TeamAnalysisEntity } from '@rolefit/persistence';
import { JobOutbox, TEAM_ANALYSIS_QUEUE } from '@rolefit/queues';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/problem/problem-exception';
import { TeamsService } from '../teams/teams.service';
import type { AnalysisAcceptedDto, AnalysisDto } from './analyses.dto';
import { AnalysisInput, hashAnalysisInput } from './snapshot';

interface MemberRow {
  id: string;
  name: string;
  current_job_role_id: string | null;
  profile: Record<string, number>;
  performance: number | null;
}

/**
 * Team analyses: the API freezes a snapshot and hands it to the worker through the outbox;
 * it never computes a map itself.
 */
@Injectable()
export class AnalysesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: JobOutbox,
    private readonly teams: TeamsService,
    private readonly config: AppConfig,
  ) {}

  async request(
    organizationId: string,
    teamId: string,
    force: boolean,
  ): Promise<AnalysisAcceptedDto> {
    await this.teams.get(organizationId, teamId);
    return this.dataSource.transaction(async (tx) => {
      // One request per team at a time, so two identical requests cannot both create one.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`team-analysis:${teamId}`]);
      const input = await this.freeze(tx, organizationId, teamId);
      const hash = hashAnalysisInput(input);
      if (!force) {
        const existing = await tx
          .getRepository(TeamAnalysisEntity)
          .createQueryBuilder('a')
          .select(['a.id', 'a.status'])
          .where('a.teamId = :teamId AND a.snapshotHash = :hash', { teamId, hash })
          .andWhere(`a.status IN ('queued', 'running', 'completed')`)
          .orderBy('a.createdAt', 'DESC')
          .getOne();
        if (existing) return { id: existing.id, status: existing.status };
      }
      const analysis = await tx.getRepository(TeamAnalysisEntity).save({
        organizationId,
        teamId,
        snapshotHash: hash,
        snapshot: input,
        status: 'queued' as const,
        progress: 0,
        result: null,
        error: null,
      });
      await this.outbox.enqueue(tx, TEAM_ANALYSIS_QUEUE, {
        analysisId: analysis.id,
        organizationId,
      });
      return { id: analysis.id, status: analysis.status };
    });
  }

  async get(organizationId: string, id: string): Promise<AnalysisDto> {
    const analysis = await this.dataSource.getRepository(TeamAnalysisEntity).findOne({
      where: { id, organizationId },
      select: {
        id: true,
        teamId: true,
        status: true,
        progress: true,
        error: true,
        result: true,
        createdAt: true,
        startedAt: true,
        completedAt: true,
      },
    });
    if (!analysis) throw notFound('Analysis');
    return {
      id: analysis.id,
      teamId: analysis.teamId,
      status: analysis.status,
      progress: analysis.progress,
      error: analysis.error,
      result: analysis.result ?? null,
      createdAt: analysis.createdAt,
      startedAt: analysis.startedAt,
      completedAt: analysis.completedAt,
    };
  }

  /** The latest completed map of a team, for drawing. */
  async latestMap(
    organizationId: string,
    teamId: string,
  ): Promise<{ analysisId: string; completedAt: Date; teamName: string; map: TeamRoleMap }> {
    const team = await this.teams.get(organizationId, teamId);
    const latest = await this.dataSource.getRepository(TeamAnalysisEntity).findOne({
      where: { teamId, organizationId, status: 'completed' },
      order: { completedAt: 'DESC' },
      select: { id: true, result: true, completedAt: true },
    });
    if (!latest) throw notFound('Completed analysis for this team');
    return {
      analysisId: latest.id,
      completedAt: latest.completedAt!,
      teamName: team.name,
      map: latest.result as TeamRoleMap,
    };
  }

  async latestSvg(organizationId: string, teamId: string): Promise<string> {
    const { map, completedAt, teamName } = await this.latestMap(organizationId, teamId);
    return renderRoleMapSvg(map, {
      title: `${teamName} — team-role map, ${completedAt.toISOString().slice(0, 10)}`,
    });
  }

  /** Reads the team, its requirements and every role involved into one frozen input. */
  private async freeze(
    tx: EntityManager,
    organizationId: string,
    teamId: string,
  ): Promise<AnalysisInput> {
    const members: MemberRow[] = await tx.query(
      `SELECT id, name, current_job_role_id, profile, performance FROM team_members
        WHERE team_id = $1 AND organization_id = $2 ORDER BY created_at, id`,
      [teamId, organizationId],
    );
    const requirements: { job_role_id: string; slots: number }[] = await tx.query(
      `SELECT job_role_id, slots FROM team_requirements WHERE team_id = $1 AND slots > 0 ORDER BY job_role_id`,
      [teamId],
    );
    const requiredIds = new Set(requirements.map((r) => r.job_role_id));
    const otherIds = new Set(
      members
        .map((m) => m.current_job_role_id)
        .filter((id): id is string => !!id && !requiredIds.has(id)),
    );
    const roles = await tx
      .getRepository(JobRoleEntity)
      .createQueryBuilder('r')
      .where('r.organizationId = :organizationId', { organizationId })
      .andWhere('(r.id IN (:...ids) OR r.isLeadership = true)', {
        ids: [...requiredIds, ...otherIds, '00000000-0000-0000-0000-000000000000'],
      })
      .orderBy('r.createdAt')
      .addOrderBy('r.id')
      .getMany();
    const byId = new Map(roles.map((r) => [r.id, r]));
    const profileOf = (r: JobRoleEntity) =>
      r.profile.map((p) => ({
        dimension: p.dimension,
        target: p.target,
        weight: p.weight,
        direction: p.direction,
        minimum: p.minimum ?? null,
      }));
    const snapshot: TeamSnapshot = {
      members: members.map((m) => ({
        id: m.id,
        name: m.name,
        currentJobRoleId: m.current_job_role_id,
        profile: m.profile,
        performance: m.performance,
      })),
      roles: requirements
        .filter((r) => byId.has(r.job_role_id))
        .map((r) => {
          const role = byId.get(r.job_role_id)!;
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
