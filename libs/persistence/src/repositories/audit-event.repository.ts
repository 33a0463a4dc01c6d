import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditActorType } from '../entities/audit-event.entity';
import { queryRows } from '../query-rows';

export interface AuditEventInput {
  organizationId: string;
  actorType: AuditActorType;
  actorUserId?: string | null;
  actorRole?: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Ids and reasons only — never a candidate's name, email or answers. */
  details?: Record<string, unknown>;
  address?: string | null;
}

export interface AuditEvent {
  id: string;
  actorType: AuditActorType;
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
  address: string | null;
  createdAt: Date;
}

export interface AuditEventFilter {
  action?: string;
  actorUserId?: string;
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
  offset: number;
  limit: number;
}

interface AuditRow {
  id: string;
  actor_type: AuditActorType;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: Record<string, unknown>;
  address: string | null;
  created_at: Date;
}

/** The append-only audit log (`audit_events`). */
@Injectable()
export class AuditEventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records events; inside a transaction when `manager` is one, so they commit with the change. */
  async record(events: AuditEventInput[], manager?: EntityManager): Promise<void> {
    if (events.length === 0) return;
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO audit_events (organization_id, actor_type, actor_user_id, actor_role, action,
              subject_type, subject_id, details, address)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[],
              $6::text[], $7::text[], $8::jsonb[], $9::text[])`,
      [
        events.map((e) => e.organizationId),
        events.map((e) => e.actorType),
        events.map((e) => e.actorUserId ?? null),
        events.map((e) => e.actorRole ?? null),
        events.map((e) => e.action),
        events.map((e) => e.subjectType),
        events.map((e) => e.subjectId ?? null),
        events.map((e) => JSON.stringify(e.details ?? {})),
        events.map((e) => e.address ?? null),
      ],
    );
  }

  /** Newest first, filtered, one page; with the acting user's current name when it exists. */
  async list(
    organizationId: string,
    filter: AuditEventFilter,
  ): Promise<{ items: AuditEvent[]; total: number }> {
    const params: unknown[] = [organizationId];
    const where = ['e.organization_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.action) add('e.action = ?', filter.action);
    if (filter.actorUserId) add('e.actor_user_id = ?', filter.actorUserId);
    if (filter.subjectType) add('e.subject_type = ?', filter.subjectType);
    if (filter.subjectId) add('e.subject_id = ?', filter.subjectId);
    if (filter.from) add('e.created_at >= ?', filter.from);
    if (filter.to) add('e.created_at < ?', filter.to);
    const whereSql = where.join(' AND ');
    const [rows, counted] = await Promise.all([
      queryRows<AuditRow>(
        this.dataSource,
        `SELECT e.id::text, e.actor_type, e.actor_user_id, u.name AS actor_name, e.actor_role,
                e.action, e.subject_type, e.subject_id, e.details, e.address, e.created_at
           FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id
          WHERE ${whereSql}
          ORDER BY e.created_at DESC, e.id DESC
          LIMIT ${filter.limit} OFFSET ${filter.offset}`,
        params,
      ),
      queryRows<{ total: number }>(
        this.dataSource,
        `SELECT count(*)::int AS total FROM audit_events e WHERE ${whereSql}`,
        params,
      ),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        actorType: r.actor_type,
        actorUserId: r.actor_user_id,
        actorName: r.actor_name,
        actorRole: r.actor_role,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        details: r.details,
        address: r.address,
        createdAt: r.created_at,
      })),
      total: counted[0]?.total ?? 0,
    };
  }
}
