import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PreviewStatus } from '../entities';
import { queryRows } from '../query-rows';

/** One preview of a role, as the recruiter's overview lists it: its latest version's state. */
export interface RolePreviewSummary {
  id: string;
  slug: string;
  /** Status of the latest version: a draft is open when it is `draft`. */
  status: PreviewStatus;
  version: number;
  publishedVersion: number | null;
  headline: string | null;
  updatedAt: Date;
}

/** How far the candidates of one role got, from the first view to a decision. */
export interface RoleFunnelCounts {
  views: number;
  interested: number;
  notForMe: number;
  applied: number;
  invited: number;
  started: number;
  submitted: number;
  eligible: number;
}

/**
 * Read-only figures the recruiter's overview needs per job role: its previews and its funnel.
 * Every query is scoped by organisation.
 */
@Injectable()
export class RoleOverviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Previews of a role, newest first, each with its latest version. */
  async previews(
    organizationId: string,
    jobRoleId: string,
    skip: number,
    take: number,
  ): Promise<[RolePreviewSummary[], number]> {
    const rows = await queryRows<{
      id: string;
      slug: string;
      status: PreviewStatus;
      version: number;
      published_version: number | null;
      headline: string | null;
      updated_at: Date;
      total: number;
    }>(
      this.dataSource,
      `SELECT p.id, p.slug, v.status, v.version, p.published_version,
              v.content->>'headline' AS headline, v.updated_at, count(*) OVER ()::int AS total
         FROM job_previews p
         JOIN LATERAL (SELECT status, version, content, updated_at FROM job_preview_versions
                        WHERE preview_id = p.id ORDER BY version DESC LIMIT 1) v ON true
        WHERE p.organization_id = $1 AND p.job_role_id = $2
        ORDER BY p.created_at DESC, p.id
        OFFSET $3 LIMIT $4`,
      [organizationId, jobRoleId, skip, take],
    );
    const items = rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      status: r.status,
      version: r.version,
      publishedVersion: r.published_version,
      headline: r.headline,
      updatedAt: r.updated_at,
    }));
    if (rows.length > 0 || skip === 0) return [items, rows[0]?.total ?? 0];
    const [count] = await queryRows<{ total: number }>(
      this.dataSource,
      `SELECT count(*)::int AS total FROM job_previews WHERE organization_id = $1 AND job_role_id = $2`,
      [organizationId, jobRoleId],
    );
    return [items, count?.total ?? 0];
  }

  /** Views and reactions over every preview version of the role; assessments by source and state. */
  async funnel(organizationId: string, jobRoleId: string): Promise<RoleFunnelCounts> {
    const [row] = await queryRows<Record<keyof RoleFunnelCounts, number>>(
      this.dataSource,
      `SELECT
         (SELECT coalesce(sum(v.views), 0)::int FROM job_preview_versions v
            JOIN job_previews p ON p.id = v.preview_id
           WHERE p.organization_id = $1 AND p.job_role_id = $2) AS views,
         (SELECT count(*) FILTER (WHERE r.reaction = 'interested')::int FROM preview_reactions r
            JOIN job_previews p ON p.id = r.preview_id
           WHERE p.organization_id = $1 AND p.job_role_id = $2) AS interested,
         (SELECT count(*) FILTER (WHERE r.reaction = 'not_for_me')::int FROM preview_reactions r
            JOIN job_previews p ON p.id = r.preview_id
           WHERE p.organization_id = $1 AND p.job_role_id = $2) AS "notForMe",
         count(*) FILTER (WHERE a.source = 'application')::int AS applied,
         count(*) FILTER (WHERE a.source = 'invitation')::int AS invited,
         count(*) FILTER (WHERE a.status IN ('started', 'submitted'))::int AS started,
         count(*) FILTER (WHERE a.status = 'submitted')::int AS submitted,
         count(*) FILTER (WHERE a.status = 'submitted' AND a.eligible)::int AS eligible
       FROM assessments a
      WHERE a.organization_id = $1 AND a.job_role_id = $2`,
      [organizationId, jobRoleId],
    );
    return {
      views: row?.views ?? 0,
      interested: row?.interested ?? 0,
      notForMe: row?.notForMe ?? 0,
      applied: row?.applied ?? 0,
      invited: row?.invited ?? 0,
      started: row?.started ?? 0,
      submitted: row?.submitted ?? 0,
      eligible: row?.eligible ?? 0,
    };
  }
}
