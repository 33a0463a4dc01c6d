import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { UserRole } from '../entities';
import { queryRows } from '../query-rows';

/** Who is calling, as the database says now (not as the access token said when issued). */
export interface SessionCaller {
  userId: string;
  organizationId: string;
  role: UserRole;
}

export interface RefreshState {
  id: string;
  userId: string;
  organizationId: string;
  role: UserRole;
  active: boolean;
  refreshHash: string;
  previousHash: string | null;
  rotatedAt: Date | null;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Sessions (`sessions`): created at sign-in, checked on every request, rotated, revoked. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    db: EntityManager | undefined,
    userId: string,
    refreshHash: string,
    expiresAt: Date,
  ): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      db ?? this.dataSource,
      `INSERT INTO sessions (user_id, refresh_hash, expires_at) VALUES ($1, $2, $3) RETURNING id`,
      [userId, refreshHash, expiresAt],
    );
    return row.id;
  }

  /**
   * The callers of many requests in one query, in the order asked (undefined where the session
   * is not live, its user inactive, or the token's user is not the session's): the per-request
   * check of the auth guard, batched (see the API's SessionCallers). One indexed lookup.
   */
  async callers(
    keys: readonly { sessionId: string; userId: string }[],
  ): Promise<(SessionCaller | undefined)[]> {
    const rows = await queryRows<{
      session_id: string;
      id: string;
      organization_id: string;
      role: UserRole;
    }>(
      this.dataSource,
      `SELECT s.id AS session_id, u.id, u.organization_id, u.role
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()
          AND u.active`,
      [[...new Set(keys.map((k) => k.sessionId))]],
    );
    const bySession = new Map(rows.map((row) => [row.session_id, row]));
    return keys.map(({ sessionId, userId }) => {
      const row = bySession.get(sessionId);
      return row && row.id === userId
        ? { userId: row.id, organizationId: row.organization_id, role: row.role }
        : undefined;
    });
  }

  /** The session of a refresh token, locked until the transaction ends. */
  async lockForRefresh(tx: EntityManager, sessionId: string): Promise<RefreshState | undefined> {
    const [row] = await queryRows<{
      id: string;
      user_id: string;
      organization_id: string;
      role: UserRole;
      active: boolean;
      refresh_hash: string;
      previous_hash: string | null;
      rotated_at: Date | null;
      expires_at: Date;
      revoked_at: Date | null;
    }>(
      tx,
      `SELECT s.id, s.user_id, u.organization_id, u.role, u.active, s.refresh_hash,
              s.previous_hash, s.rotated_at, s.expires_at, s.revoked_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 FOR UPDATE OF s`,
      [sessionId],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      userId: row.user_id,
      organizationId: row.organization_id,
      role: row.role,
      active: row.active,
      refreshHash: row.refresh_hash,
      previousHash: row.previous_hash,
      rotatedAt: row.rotated_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
    };
  }

  async rotate(
    tx: EntityManager,
    sessionId: string,
    newHash: string,
    expiresAt: Date,
  ): Promise<void> {
    await tx.query(
      `UPDATE sessions SET previous_hash = refresh_hash, refresh_hash = $2, rotated_at = now(),
              expires_at = $3
        WHERE id = $1`,
      [sessionId, newHash, expiresAt],
    );
  }

  async revoke(db: EntityManager | undefined, sessionId: string, reason: string): Promise<void> {
    await (db ?? this.dataSource.manager).query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $2
        WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
  }

  /** Revokes every live session of a user, except `keep` (the caller's own, if given). */
  async revokeAllOfUser(
    db: EntityManager | undefined,
    userId: string,
    reason: string,
    keep?: string,
  ): Promise<void> {
    await (db ?? this.dataSource.manager).query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $2
        WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, keep ?? null],
    );
  }
}
