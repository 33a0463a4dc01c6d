import { seededRandom } from '@rolefit/testkit';
import type { Pool } from 'pg';
import { type ApiClient, memberProfile } from '../support/api';
import type { Send, Verification, WriteWorkload } from './workload';

/**
 * Managers adding team members one at a time (POST /teams/:id/members), each with a unique
 * name: the fallback write path for the PostgreSQL restart drill. Verified by name against
 * team_members; a name stored twice is a duplicate (a retried POST that wrote twice).
 */
export class MembersWorkload implements WriteWorkload {
  readonly name = 'members';
  private teamId = '';
  private readonly created = new Set<string>();
  private readonly rand = seededRandom(7);

  async prepare(api: ApiClient): Promise<void> {
    this.teamId = await api.createTeam('Drill restart team');
  }

  async runUnit(i: number, send: Send): Promise<void> {
    const name = `Restart member ${i}`;
    const res = await send({
      label: 'POST member',
      method: 'POST',
      path: `/teams/${this.teamId}/members`,
      body: { name, profile: memberProfile(this.rand) },
    });
    if (res) this.created.add(name);
  }

  async verify(pool: Pool): Promise<Verification> {
    const { rows } = await pool.query<{ name: string; n: number }>(
      `SELECT name, count(*)::int AS n FROM team_members WHERE team_id = $1 GROUP BY name`,
      [this.teamId],
    );
    const stored = new Map(rows.map((r) => [r.name, r.n]));
    const missing = [...this.created].filter((name) => !stored.has(name));
    return {
      accepted: this.created.size,
      persisted: this.created.size - missing.length,
      duplicates: rows.filter((r) => r.n > 1).length,
      otherLost: 0,
      missing: missing.slice(0, 5),
      detail: `${rows.length} distinct members stored`,
    };
  }
}
