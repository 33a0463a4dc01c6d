import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_PRIVACY_NOTICE } from '@rolefit/domain';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../query-rows';

export interface PrivacyNotice {
  version: number;
  text: { en: string; nb: string };
}

export interface OrganizationSettings {
  id: string;
  name: string;
  retentionMonths: number;
  shareResultsWithCandidates: boolean;
  privacyNotice: PrivacyNotice;
}

export interface OrganizationSettingsChange {
  name?: string;
  retentionMonths?: number;
  shareResultsWithCandidates?: boolean;
  /** A new notice text: becomes the next version. */
  privacyNotice?: { en: string; nb: string };
}

interface SettingsRow {
  id: string;
  name: string;
  retention_months: number;
  share_results_with_candidates: boolean;
  privacy_notice_version: number;
  text: { en: string; nb: string } | null;
}

const SELECT = `SELECT o.id, o.name, o.retention_months, o.share_results_with_candidates,
       o.privacy_notice_version, n.text
  FROM organizations o
  LEFT JOIN privacy_notice_versions n
    ON n.organization_id = o.id AND n.version = o.privacy_notice_version`;

/** An organisation's privacy settings and its versioned privacy notice. */
@Injectable()
export class OrganizationSettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(organizationId: string, manager?: EntityManager): Promise<OrganizationSettings | null> {
    const rows = await queryRows<SettingsRow>(
      manager ?? this.dataSource,
      `${SELECT} WHERE o.id = $1`,
      [organizationId],
    );
    return rows[0] ? toSettings(rows[0]) : null;
  }

  /** The notice a candidate is shown, by the organisation that owns a job role. */
  async noticeOfRole(jobRoleId: string): Promise<PrivacyNotice | null> {
    const rows = await queryRows<SettingsRow>(
      this.dataSource,
      `${SELECT} JOIN job_roles r ON r.organization_id = o.id WHERE r.id = $1`,
      [jobRoleId],
    );
    return rows[0] ? toSettings(rows[0]).privacyNotice : null;
  }

  /** Applies a change in one transaction; a new notice text becomes the next version. */
  async update(
    organizationId: string,
    change: OrganizationSettingsChange,
    userId: string,
  ): Promise<OrganizationSettings | null> {
    return this.dataSource.transaction(async (tx) => {
      const locked = await queryRows<{ privacy_notice_version: number }>(
        tx,
        `SELECT privacy_notice_version FROM organizations WHERE id = $1 FOR UPDATE`,
        [organizationId],
      );
      if (locked.length === 0) return null;
      let version = locked[0].privacy_notice_version;
      if (change.privacyNotice) {
        version += 1;
        await tx.query(
          `INSERT INTO privacy_notice_versions (organization_id, version, text, created_by)
           VALUES ($1, $2, $3, $4)`,
          [organizationId, version, JSON.stringify(change.privacyNotice), userId],
        );
      }
      await tx.query(
        `UPDATE organizations
            SET name = coalesce($2, name),
                retention_months = coalesce($3, retention_months),
                share_results_with_candidates = coalesce($4, share_results_with_candidates),
                privacy_notice_version = $5
          WHERE id = $1`,
        [
          organizationId,
          change.name ?? null,
          change.retentionMonths ?? null,
          change.shareResultsWithCandidates ?? null,
          version,
        ],
      );
      return this.get(organizationId, tx);
    });
  }
}

function toSettings(r: SettingsRow): OrganizationSettings {
  return {
    id: r.id,
    name: r.name,
    retentionMonths: r.retention_months,
    shareResultsWithCandidates: r.share_results_with_candidates,
    privacyNotice: {
      version: r.privacy_notice_version,
      text: r.text ?? { en: DEFAULT_PRIVACY_NOTICE.en, nb: DEFAULT_PRIVACY_NOTICE.nb },
    },
  };
}
