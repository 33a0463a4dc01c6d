import { Injectable } from '@nestjs/common';
import { validateJobRoleProfile } from '@rolefit/domain';
import { JobRoleRecord, JobRoleRepository, QuestionnaireRepository } from '@rolefit/persistence';
import { Page, pageOf } from '../common/pagination/pagination';
import { conflict, notFound, unprocessable } from '../common/problem/problem-exception';
import { DimensionsService } from '../dimensions';
import type {
  CreateJobRoleDto,
  JobRoleDto,
  JobRoleListQuery,
  UpdateJobRoleDto,
} from './job-roles.dto';

const hasCandidatesConflict = () =>
  conflict(
    'The job role has candidates and cannot be deleted; archive it instead (POST /job-roles/{id}/archive)',
  );

@Injectable()
export class JobRolesService {
  constructor(
    private readonly roles: JobRoleRepository,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly dimensions: DimensionsService,
  ) {}

  async create(organizationId: string, dto: CreateJobRoleDto): Promise<JobRoleDto> {
    await this.checkRules(organizationId, dto.profile, dto.channels, dto.questionnaireId);
    const saved = await this.roles.create({
      organizationId,
      title: dto.title,
      summary: dto.summary ?? '',
      isLeadership: dto.isLeadership ?? false,
      profile: dto.profile.map(normalizeEntry),
      channels: { ...dto.channels },
      questionnaireId: dto.questionnaireId ?? null,
    });
    return toDto(saved);
  }

  /** Archived roles only when asked for. */
  async list(organizationId: string, query: JobRoleListQuery): Promise<Page<JobRoleDto>> {
    const [rows, total] = await this.roles.page(
      organizationId,
      query.skip,
      query.pageSize,
      query.archived ?? false,
    );
    return pageOf(rows.map(toDto), total, query);
  }

  /** Scoped by organisation: another organisation's role is simply not found. */
  async get(organizationId: string, id: string): Promise<JobRoleRecord> {
    const role = await this.roles.findById(organizationId, id);
    if (!role) throw notFound('Job role');
    return role;
  }

  async getDto(organizationId: string, id: string): Promise<JobRoleDto> {
    return toDto(await this.get(organizationId, id));
  }

  async update(organizationId: string, id: string, dto: UpdateJobRoleDto): Promise<JobRoleDto> {
    const role = await this.get(organizationId, id);
    const profile = dto.profile ?? role.profile;
    const channels = dto.channels ?? role.channels;
    await this.checkRules(organizationId, profile, channels, dto.questionnaireId);
    // null, like a field left out, changes nothing (only questionnaireId may be cleared).
    Object.assign(role, {
      ...(dto.title != null && { title: dto.title }),
      ...(dto.summary != null && { summary: dto.summary }),
      ...(dto.isLeadership != null && { isLeadership: dto.isLeadership }),
      ...(dto.questionnaireId !== undefined && { questionnaireId: dto.questionnaireId }),
      profile: profile.map(normalizeEntry),
      channels: { ...channels },
    });
    return toDto(await this.roles.save(role));
  }

  /**
   * Deletes a role nobody has applied to or been invited for. A role with candidates is
   * refused (archive it instead): deleting it would delete their assessments. The foreign key
   * is RESTRICT, so an invitation racing this delete makes it fail too, as the same 409.
   */
  async remove(organizationId: string, id: string): Promise<void> {
    const removed = await this.roles.remove(organizationId, id);
    if (removed === 'has-candidates') throw hasCandidatesConflict();
    if (!removed) throw notFound('Job role');
  }

  /**
   * Hides the role from lists, stops new candidates, and unpublishes its previews (their
   * versions are archived); candidates and their data stay until retention takes them.
   */
  async archive(organizationId: string, id: string): Promise<JobRoleDto> {
    const role = await this.roles.archive(organizationId, id);
    if (!role) throw notFound('Job role');
    return toDto(role);
  }

  private async checkRules(
    organizationId: string,
    profile: CreateJobRoleDto['profile'],
    channels: CreateJobRoleDto['channels'],
    questionnaireId?: string | null,
  ): Promise<void> {
    const known = await this.dimensions.keys(organizationId);
    const errors = [...validateJobRoleProfile({ profile, channels }, known)];
    // The questionnaire must be one of this organisation's (another's id is simply unknown).
    if (questionnaireId && !(await this.questionnaires.exists(organizationId, questionnaireId))) {
      errors.push({
        field: 'questionnaireId',
        message: 'no such questionnaire in your organisation',
      });
    }
    if (errors.length > 0) throw unprocessable('The job role profile is not valid', errors);
  }
}

function normalizeEntry(e: CreateJobRoleDto['profile'][number]) {
  return {
    dimension: e.dimension,
    target: e.target,
    weight: e.weight,
    direction: e.direction,
    ...(e.minimum !== undefined && e.minimum !== null && { minimum: e.minimum }),
  };
}

export function toDto(r: JobRoleRecord): JobRoleDto {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    isLeadership: r.isLeadership,
    profile: r.profile,
    channels: r.channels,
    questionnaireId: r.questionnaireId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    archivedAt: r.archivedAt,
  };
}
