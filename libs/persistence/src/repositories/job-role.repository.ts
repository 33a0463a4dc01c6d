import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { AssessmentEntity, JobRoleEntity } from '../entities';
import type { Tx } from './transactions';

export type JobRoleRecord = JobRoleEntity;
export type NewJobRole = Pick<
  JobRoleEntity,
  | 'organizationId'
  | 'title'
  | 'summary'
  | 'isLeadership'
  | 'profile'
  | 'channels'
  | 'questionnaireId'
>;

/** Job roles (`job_roles`), always scoped by organisation. */
@Injectable()
export class JobRoleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get roles() {
    return this.dataSource.getRepository(JobRoleEntity);
  }

  create(role: NewJobRole): Promise<JobRoleRecord> {
    return this.roles.save(role);
  }

  save(role: JobRoleRecord): Promise<JobRoleRecord> {
    return this.roles.save(role);
  }

  /** Archived roles are left out unless asked for. */
  page(
    organizationId: string,
    skip: number,
    take: number,
    includeArchived = false,
  ): Promise<[JobRoleRecord[], number]> {
    return this.roles.findAndCount({
      where: includeArchived ? { organizationId } : { organizationId, archivedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
  }

  findById(organizationId: string, id: string): Promise<JobRoleRecord | null> {
    return this.roles.findOneBy({ id, organizationId });
  }

  /**
   * True when a role was deleted; 'has-candidates' when assessments refer to it (the foreign
   * key is RESTRICT, which also catches an invitation racing the delete).
   */
  async remove(organizationId: string, id: string): Promise<boolean | 'has-candidates'> {
    if (
      await this.dataSource
        .getRepository(AssessmentEntity)
        .existsBy({ jobRoleId: id, organizationId })
    ) {
      return 'has-candidates';
    }
    try {
      const result = await this.roles.delete({ id, organizationId });
      return Boolean(result.affected);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
        return 'has-candidates';
      }
      throw error;
    }
  }

  /**
   * Archives a role (once): hidden from lists, its previews unpublished (published versions
   * archived); its candidates stay. Null when not found.
   */
  archive(organizationId: string, id: string): Promise<JobRoleRecord | null> {
    return this.dataSource.transaction(async (tx) => {
      const role = await tx.findOneBy(JobRoleEntity, { id, organizationId });
      if (!role || role.archivedAt) return role;
      role.archivedAt = new Date();
      await tx.save(role);
      await tx.query(
        `UPDATE job_preview_versions SET status = 'archived'
          WHERE status = 'published'
            AND preview_id IN (SELECT id FROM job_previews WHERE job_role_id = $1)`,
        [id],
      );
      await tx.query(`UPDATE job_previews SET published_version = NULL WHERE job_role_id = $1`, [
        id,
      ]);
      return role;
    });
  }

  /** Which of `ids` are this organisation's roles. */
  async existingIds(organizationId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.roles.find({
      where: { organizationId, id: In(ids) },
      select: { id: true },
    });
    return new Set(rows.map((r) => r.id));
  }

  /** The roles with these ids plus every leadership role, oldest first (for an analysis). */
  forAnalysis(tx: Tx, organizationId: string, ids: string[]): Promise<JobRoleRecord[]> {
    return tx
      .getRepository(JobRoleEntity)
      .createQueryBuilder('r')
      .where('r.organizationId = :organizationId', { organizationId })
      .andWhere('(r.id IN (:...ids) OR r.isLeadership = true)', {
        ids: [...ids, '00000000-0000-0000-0000-000000000000'],
      })
      .orderBy('r.createdAt')
      .addOrderBy('r.id')
      .getMany();
  }
}
