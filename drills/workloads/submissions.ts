import { json, seededRandom } from '@rolefit/testkit';
import type { Pool } from 'pg';
import type { ApiClient } from '../support/api';
import type { Send, Verification, WriteWorkload } from './workload';

interface CandidateItem {
  key: string;
  type: 'likert' | 'choice' | 'knockout';
  options?: { key: string }[];
}

/**
 * Candidates taking the organisation's default questionnaire: the recruiter invites
 * (POST /job-roles/:id/assessments), the candidate autosaves answers in two PUTs and submits
 * (POST /candidate/assessments/:token/submit). Verified against the assessments table:
 * every acknowledged invitation exists, every acknowledged autosave's answers are stored,
 * every acknowledged submit is `submitted` and scored.
 */
export class SubmissionsWorkload implements WriteWorkload {
  readonly name = 'submissions';
  private roleId = '';
  private items: CandidateItem[] = [];
  private scale = { min: 1, max: 5 };
  private readonly invited = new Set<string>();
  private readonly submitted = new Set<string>();
  private readonly saved = new Map<string, Record<string, unknown>>();
  private readonly rand = seededRandom(42);

  async prepare(api: ApiClient): Promise<void> {
    const page = await api.must<{ items: { id: string; publishedVersion: number | null }[] }>(
      'GET',
      '/questionnaires',
    );
    const questionnaire = page.items.find((q) => q.publishedVersion !== null);
    if (!questionnaire) throw new Error('the organisation has no published questionnaire');
    this.roleId = await api.createRole(
      'Drill account executive',
      [
        { dimension: 'prospecting', target: 70, weight: 2, direction: 'atLeast' },
        { dimension: 'negotiation-closing', target: 75, weight: 3, direction: 'atLeast' },
        { dimension: 'resilience', target: 60, weight: 1, direction: 'ideal' },
      ],
      { questionnaireId: questionnaire.id },
    );
    // What the candidate sees: the items to answer and the likert scale.
    const probe = await api.must<{ token: string }>(
      'POST',
      `/job-roles/${this.roleId}/assessments`,
      { candidate: { name: 'Probe', email: 'probe@drill.test' } },
      [201],
    );
    const view = await api.must<{ items: CandidateItem[]; scale: { min: number; max: number } }>(
      'GET',
      `/candidate/assessments/${probe.token}`,
    );
    this.items = view.items;
    this.scale = view.scale;
  }

  private answer(item: CandidateItem): unknown {
    if (item.type === 'likert') {
      return this.scale.min + Math.floor(this.rand() * (this.scale.max - this.scale.min + 1));
    }
    if (item.type === 'choice') {
      const options = item.options ?? [];
      return options[Math.floor(this.rand() * options.length)]?.key;
    }
    return true;
  }

  async runUnit(i: number, send: Send): Promise<void> {
    const invited = await send({
      label: 'POST invite',
      method: 'POST',
      path: `/job-roles/${this.roleId}/assessments`,
      body: { candidate: { name: `Candidate ${i}`, email: `candidate-${i}@drill.test` } },
    });
    if (!invited) return;
    const { id, token } = json<{ id: string; token: string }>(invited);
    this.invited.add(id);

    const answers = Object.fromEntries(this.items.map((item) => [item.key, this.answer(item)]));
    const keys = Object.keys(answers);
    const half = Math.ceil(keys.length / 2);
    for (const part of [keys.slice(0, half), keys.slice(half)]) {
      const body = { answers: Object.fromEntries(part.map((k) => [k, answers[k]])) };
      const saved = await send({
        label: 'PUT answers',
        method: 'PUT',
        path: `/candidate/assessments/${token}/answers`,
        body,
        anonymous: true,
      });
      if (!saved) return;
      this.saved.set(id, { ...(this.saved.get(id) ?? {}), ...body.answers });
    }
    const submitted = await send({
      label: 'POST submit',
      method: 'POST',
      path: `/candidate/assessments/${token}/submit`,
      anonymous: true,
    });
    if (submitted) this.submitted.add(id);
  }

  async verify(pool: Pool): Promise<Verification> {
    const { rows } = await pool.query<{
      id: string;
      status: string;
      fit: number | null;
      answers: Record<string, unknown>;
    }>(`SELECT id, status, fit, answers FROM assessments WHERE id = ANY($1::uuid[])`, [
      [...this.invited],
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missingSubmits = [...this.submitted].filter((id) => {
      const row = byId.get(id);
      return !row || row.status !== 'submitted' || row.fit === null;
    });
    const missingInvites = [...this.invited].filter((id) => !byId.has(id));
    const missingSaves = [...this.saved].filter(([id, answers]) => {
      const stored = byId.get(id)?.answers ?? {};
      return !Object.entries(answers).every(([k, v]) => stored[k] === v);
    });
    return {
      accepted: this.submitted.size,
      persisted: this.submitted.size - missingSubmits.length,
      duplicates: 0,
      otherLost: missingInvites.length + missingSaves.length,
      missing: [
        ...missingSubmits.map((id) => `submit ${id}`),
        ...missingInvites.map((id) => `invite ${id}`),
        ...missingSaves.map(([id]) => `answers ${id}`),
      ].slice(0, 5),
      detail:
        `invitations stored ${this.invited.size - missingInvites.length}/${this.invited.size}, ` +
        `autosaved answer sets stored ${this.saved.size - missingSaves.length}/${this.saved.size}`,
    };
  }
}
