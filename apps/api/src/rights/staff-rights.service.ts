import { Injectable } from '@nestjs/common';
import { decisionRefusal } from '@rolefit/domain';
import {
  AssessmentLinkRepository,
  AuditEventRepository,
  CandidateDataRepository,
  OrganizationSettings,
  OrganizationSettingsRepository,
} from '@rolefit/persistence';
import { Page, pageOf, PageQuery } from '../common/pagination/pagination';
import { conflict, notFound } from '../common/problem/problem-exception';
import { type Actor, AuditLog } from '../audit';
import type {
  AuditEventDto,
  AuditEventQuery,
  CreateDecisionDto,
  DecisionDto,
  ErasureResultDto,
  OrganizationDto,
  UpdateOrganizationDto,
} from './rights.dto';

const ERASED = ['name', 'email', 'answers', 'free text'];

/** What staff do with candidate rights: settings, the audit log, decisions and erasure. */
@Injectable()
export class StaffRightsService {
  constructor(
    private readonly settings: OrganizationSettingsRepository,
    private readonly candidates: CandidateDataRepository,
    private readonly links: AssessmentLinkRepository,
    private readonly events: AuditEventRepository,
    private readonly audit: AuditLog,
  ) {}

  async organization(actor: Actor): Promise<OrganizationDto> {
    const found = await this.settings.get(actor.organizationId);
    if (!found) throw notFound('Organisation');
    return toOrganizationDto(found);
  }

  async updateOrganization(actor: Actor, dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    const change = {
      ...(dto.name != null && { name: dto.name }),
      ...(dto.retentionMonths != null && { retentionMonths: dto.retentionMonths }),
      ...(dto.shareResultsWithCandidates != null && {
        shareResultsWithCandidates: dto.shareResultsWithCandidates,
      }),
      ...(dto.privacyNotice != null && {
        privacyNotice: { en: dto.privacyNotice.en, nb: dto.privacyNotice.nb },
      }),
    };
    const updated = await this.settings.update(actor.organizationId, change, actor.userId);
    if (!updated) throw notFound('Organisation');
    await this.audit.staff(
      actor,
      'organization.updated',
      { type: 'organization', id: actor.organizationId },
      {
        changed: Object.keys(change),
        ...(change.retentionMonths !== undefined && { retentionMonths: change.retentionMonths }),
        ...(change.shareResultsWithCandidates !== undefined && {
          shareResultsWithCandidates: change.shareResultsWithCandidates,
        }),
        ...(change.privacyNotice && { privacyNoticeVersion: updated.privacyNotice.version }),
      },
    );
    return toOrganizationDto(updated);
  }

  async auditEvents(actor: Actor, query: AuditEventQuery): Promise<Page<AuditEventDto>> {
    const { items, total } = await this.events.list(actor.organizationId, {
      action: query.action,
      actorUserId: query.actorUserId,
      subjectType: query.subjectType,
      subjectId: query.subjectId,
      from: query.from,
      to: query.to,
      offset: query.skip,
      limit: query.pageSize,
    });
    return pageOf(items, total, query);
  }

  /**
   * A person's decision: locks the assessment, appends the decision and moves the stage, and
   * audits it, in one transaction — two users deciding at once are recorded one after the other.
   */
  async decide(actor: Actor, assessmentId: string, dto: CreateDecisionDto): Promise<DecisionDto> {
    return this.candidates.transaction(async (tx) => {
      const current = await this.candidates.lockStage(tx, actor.organizationId, assessmentId);
      if (!current) throw notFound('Assessment');
      if (current.anonymized) throw conflict('The candidate’s data has been erased');
      const refusal = decisionRefusal(current.stage, dto.stage);
      if (refusal) throw conflict(refusal);
      const decision = await this.candidates.decide(tx, actor.organizationId, assessmentId, {
        stage: dto.stage,
        reason: dto.reason || null,
        actor: 'user',
        userId: actor.userId,
      });
      await this.audit.staff(
        actor,
        'decision.made',
        { type: 'assessment', id: assessmentId },
        { from: current.stage, to: dto.stage, decisionId: decision.id },
        tx,
      );
      return decision;
    });
  }

  async decisions(
    actor: Actor,
    assessmentId: string,
    query: PageQuery,
  ): Promise<Page<DecisionDto>> {
    const reachable =
      actor.role === 'manager'
        ? await this.links.managesAssessment(actor.organizationId, actor.userId, assessmentId)
        : await this.candidates.exists(actor.organizationId, assessmentId);
    // A manager sees their own members' history only; a job candidate's is "not found".
    if (!reachable) throw notFound('Assessment');
    const all = await this.candidates.decisions(actor.organizationId, assessmentId);
    await this.audit.staff(actor, 'decisions.read', { type: 'assessment', id: assessmentId });
    return pageOf(all.slice(query.skip, query.skip + query.pageSize), all.length, query);
  }

  async eraseAssessment(
    actor: Actor,
    assessmentId: string,
    reason: string,
  ): Promise<ErasureResultDto> {
    return this.candidates.transaction(async (tx) => {
      const current = await this.candidates.lockStage(tx, actor.organizationId, assessmentId);
      if (!current) throw notFound('Assessment');
      if (current.anonymized) throw conflict('The candidate’s data has already been erased');
      await this.candidates.anonymize(tx, [assessmentId]);
      await this.audit.staff(
        actor,
        'assessment.erased',
        { type: 'assessment', id: assessmentId },
        { reason },
        tx,
      );
      return { id: assessmentId, erasedAt: new Date(), erased: ERASED };
    });
  }

  /** Admins and recruiters erase any team member; a manager only in a team they manage. */
  async eraseTeamMember(
    actor: Actor,
    teamId: string,
    memberId: string,
    reason: string,
  ): Promise<ErasureResultDto> {
    return this.candidates.transaction(async (tx) => {
      const team = await this.candidates.teamForErasure(tx, actor.organizationId, teamId);
      // The same 404 as for a missing member, also for a manager of another team: nothing
      // says whether the team exists.
      if (!team || (actor.role === 'manager' && team.managerId !== actor.userId)) {
        throw notFound('Team member');
      }
      const erased = await this.candidates.eraseTeamMember(
        tx,
        actor.organizationId,
        teamId,
        memberId,
      );
      if (!erased) throw notFound('Team member');
      await this.audit.staff(
        actor,
        'team-member.erased',
        { type: 'team-member', id: memberId },
        { teamId, reason },
        tx,
      );
      return { id: memberId, erasedAt: new Date(), erased: ['name', 'email', 'performance'] };
    });
  }
}

export function toOrganizationDto(s: OrganizationSettings): OrganizationDto {
  return {
    id: s.id,
    name: s.name,
    retentionMonths: s.retentionMonths,
    shareResultsWithCandidates: s.shareResultsWithCandidates,
    privacyNotice: s.privacyNotice.text,
    privacyNoticeVersion: s.privacyNotice.version,
  };
}
