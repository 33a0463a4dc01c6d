import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { JobRoleEntity } from '../entities';
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

  page(organizationId: string, skip: number, take: number): Promise<[JobRoleRecord[], number]> {
    return this.roles.findAndCount({
      where: { organizationId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
  }

  findById(organizationId: string, id: string): Promise<JobRoleRecord | null> {
    return this.roles.findOneBy({ id, organizationId });
  }

  /** True when a role was deleted. */
  async remove(organizationId: string, id: string): Promise<boolean> {
    const result = await this.roles.delete({ id, organizationId });
    return Boolean(result.affected);
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
