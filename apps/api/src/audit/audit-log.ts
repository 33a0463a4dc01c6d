import { Injectable } from '@nestjs/common';
import { AuditEventRepository, type Tx } from '@rolefit/persistence';
import type { Actor } from './actor';

/** The audited actions (what GET /audit-events filters on). */
export const AUDIT_ACTIONS = [
  'assessment.read',
  'candidates.list',
  'decisions.read',
  'decision.made',
  'assessment.erased',
  'team-member.erased',
  'candidate.exported',
  'candidate.withdrew',
  'organization.updated',
  'questionnaire.forbidden-topics-overridden',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Writes audit events for staff (with who and from where) and for candidates. */
@Injectable()
export class AuditLog {
  constructor(private readonly events: AuditEventRepository) {}

  async staff(
    actor: Actor,
    action: AuditAction,
    subject: { type: string; id: string | null },
    details: Record<string, unknown> = {},
    manager?: Tx,
  ): Promise<void> {
    await this.events.record(
      [
        {
          organizationId: actor.organizationId,
          actorType: 'user',
          actorUserId: actor.userId,
          actorRole: actor.role,
          action,
          subjectType: subject.type,
          subjectId: subject.id,
          details,
          address: actor.address,
        },
      ],
      manager,
    );
  }

  async candidate(
    organizationId: string,
    action: AuditAction,
    assessmentId: string,
    address: string,
    manager?: Tx,
  ): Promise<void> {
    await this.events.record(
      [
        {
          organizationId,
          actorType: 'candidate',
          action,
          subjectType: 'assessment',
          subjectId: assessmentId,
          address,
        },
      ],
      manager,
    );
  }
}
