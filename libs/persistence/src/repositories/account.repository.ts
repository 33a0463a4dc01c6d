import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccountTokenPurpose, UserRole } from '../entities';
import { queryRows } from '../query-rows';

export interface Account {
  id: string;
  organizationId: string;
  name: string;
  email: string;
  role: UserRole;
  active: boolean;
  createdAt: Date;
}

export interface AccountToken {
  id: string;
  organizationId: string;
  purpose: AccountTokenPurpose;
  userId: string | null;
  email: string;
  name: string;
  role: UserRole | null;
}

interface AccountRow {
  id: string;
  organization_id: string;
  name: string;
  email: string;
  role: UserRole;
  active: boolean;
  created_at: Date;
}

const COLUMNS = 'id, organization_id, name, email, role, active, created_at';
const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  organizationId: r.organization_id,
  name: r.name,
  email: r.email,
  role: r.role,
  active: r.active,
  createdAt: r.created_at,
});

/**
 * Staff accounts for sign-in and the users' lifecycle (`users`), and their one-time links
 * (`account_tokens`: invitations and password resets).
 */
@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): DataSource | EntityManager {
    return tx ?? this.dataSource;
  }

  /** The account of an email with its password hash (for sign-in and password checks). */
  async withPasswordByEmail(
    email: string,
  ): Promise<(Account & { passwordHash: string }) | undefined> {
    const [row] = await queryRows<AccountRow & { password_hash: string }>(
      this.dataSource,
      `SELECT ${COLUMNS}, password_hash FROM users WHERE email = $1`,
      [email],
    );
    return row ? { ...toAccount(row), passwordHash: row.password_hash } : undefined;
  }

  async passwordHashOf(userId: string): Promise<string | undefined> {
    const [row] = await queryRows<{ password_hash: string }>(
      this.dataSource,
      `SELECT password_hash FROM users WHERE id = $1`,
      [userId],
    );
    return row?.password_hash;
  }

  async emailExists(email: string, tx?: EntityManager): Promise<boolean> {
    const rows = await queryRows(this.db(tx), `SELECT 1 FROM users WHERE email = $1`, [email]);
    return rows.length > 0;
  }

  async byId(organizationId: string, id: string, tx?: EntityManager): Promise<Account | undefined> {
    const [row] = await queryRows<AccountRow>(
      this.db(tx),
      `SELECT ${COLUMNS} FROM users WHERE id = $1 AND organization_id = $2`,
      [id, organizationId],
    );
    return row ? toAccount(row) : undefined;
  }

  async page(
    organizationId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: Account[]; total: number }> {
    const [rows, [{ total }]] = await Promise.all([
      queryRows<AccountRow>(
        this.dataSource,
        `SELECT ${COLUMNS} FROM users WHERE organization_id = $1
          ORDER BY created_at, id LIMIT $2 OFFSET $3`,
        [organizationId, limit, offset],
      ),
      queryRows<{ total: number }>(
        this.dataSource,
        `SELECT count(*)::int AS total FROM users WHERE organization_id = $1`,
        [organizationId],
      ),
    ]);
    return { items: rows.map(toAccount), total };
  }

  async countInOrganization(organizationId: string): Promise<number> {
    const [{ n }] = await queryRows<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM users WHERE organization_id = $1`,
      [organizationId],
    );
    return n;
  }

  /** Inserts unless the email is taken anywhere (then undefined). */
  async create(
    tx: EntityManager | undefined,
    user: {
      organizationId: string;
      name: string;
      email: string;
      role: UserRole;
      passwordHash: string;
    },
  ): Promise<Account | undefined> {
    const [row] = await queryRows<AccountRow>(
      this.db(tx),
      `INSERT INTO users (organization_id, name, email, role, password_hash)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
      [user.organizationId, user.name, user.email, user.role, user.passwordHash],
    );
    return row ? toAccount(row) : undefined;
  }

  async setPassword(
    tx: EntityManager | undefined,
    userId: string,
    passwordHash: string,
  ): Promise<void> {
    await this.db(tx).query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [
      userId,
      passwordHash,
    ]);
  }

  /** Every user of the organisation, locked: role changes and deletions are decided in turn. */
  async lockOrganization(tx: EntityManager, organizationId: string): Promise<Account[]> {
    const rows = await queryRows<AccountRow>(
      tx,
      `SELECT ${COLUMNS} FROM users WHERE organization_id = $1 ORDER BY id FOR UPDATE`,
      [organizationId],
    );
    return rows.map(toAccount);
  }

  async update(
    tx: EntityManager,
    id: string,
    change: { role?: UserRole; active?: boolean },
  ): Promise<Account> {
    const [row] = await queryRows<AccountRow>(
      tx,
      `UPDATE users SET role = coalesce($2, role), active = coalesce($3, active)
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, change.role ?? null, change.active ?? null],
    );
    return toAccount(row);
  }

  /** Deletes the user; teams they managed keep going without a manager. */
  async delete(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`UPDATE teams SET manager_id = NULL WHERE manager_id = $1`, [id]);
    await tx.query(`DELETE FROM users WHERE id = $1`, [id]);
  }

  async addToken(
    tx: EntityManager,
    token: Omit<AccountToken, 'id'> & { tokenHash: string; expiresAt: Date },
  ): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      tx,
      `INSERT INTO account_tokens (organization_id, purpose, user_id, email, name, role,
              token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        token.organizationId,
        token.purpose,
        token.userId,
        token.email,
        token.name,
        token.role,
        token.tokenHash,
        token.expiresAt,
      ],
    );
    return row.id;
  }

  /** Claims an unused, unexpired one-time token (marks it used); undefined otherwise. */
  async useToken(tx: EntityManager, tokenHash: string): Promise<AccountToken | undefined> {
    const [row] = await queryRows<{
      id: string;
      organization_id: string;
      purpose: AccountTokenPurpose;
      user_id: string | null;
      email: string;
      name: string;
      role: UserRole | null;
    }>(
      tx,
      `UPDATE account_tokens SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING id, organization_id, purpose, user_id, email, name, role`,
      [tokenHash],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      organizationId: row.organization_id,
      purpose: row.purpose,
      userId: row.user_id,
      email: row.email,
      name: row.name,
      role: row.role,
    };
  }

  async openInvitations(organizationId: string): Promise<number> {
    const [{ n }] = await queryRows<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM account_tokens
        WHERE organization_id = $1 AND purpose = 'invitation' AND used_at IS NULL
          AND expires_at > now()`,
      [organizationId],
    );
    return n;
  }
}
