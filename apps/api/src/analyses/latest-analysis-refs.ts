import { Injectable, OnModuleInit } from '@nestjs/common';
import { type LatestCompleted, TeamAnalysisRepository } from '@rolefit/persistence';
import { AnalysisNotifications } from './analysis-notifications';

/** Without a notification (LISTEN down), a team's latest analysis is looked up again after this. */
const MAX_AGE_MS = 2000;
const MAX_TEAMS = 10_000;

interface Ref {
  value: LatestCompleted;
  at: number;
}

/**
 * Which analysis is a team's latest completed one, remembered per organisation and team: the
 * role-map read otherwise spends a database round trip on every request to learn what almost
 * never changes. Any change to one of the team's analysis rows (PostgreSQL notification, also
 * on delete) forgets it at once; a lookup that raced with such a change is not remembered.
 */
@Injectable()
export class LatestAnalysisRefs implements OnModuleInit {
  private readonly refs = new Map<string, Ref>();
  /** Bumped per team on every notification, so an older lookup never overwrites a newer fact. */
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly notifications: AnalysisNotifications,
    private readonly analyses: TeamAnalysisRepository,
  ) {}

  onModuleInit(): void {
    this.notifications.onAny((n) => {
      const key = `${n.organizationId}:${n.teamId}`;
      this.refs.delete(key);
      this.versions.set(key, (this.versions.get(key) ?? 0) + 1);
      if (this.versions.size > MAX_TEAMS) this.versions.clear();
    });
  }

  async latest(organizationId: string, teamId: string): Promise<LatestCompleted> {
    const key = `${organizationId}:${teamId}`;
    const cached = this.refs.get(key);
    if (cached && Date.now() - cached.at < MAX_AGE_MS) return cached.value;
    const version = this.versions.get(key) ?? 0;
    const value = await this.analyses.latestCompletedRef(organizationId, teamId);
    if ((this.versions.get(key) ?? 0) === version) {
      if (this.refs.size >= MAX_TEAMS) this.refs.clear();
      this.refs.set(key, { value, at: Date.now() });
    }
    return value;
  }
}
