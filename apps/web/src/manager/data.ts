import { useCallback, useEffect, useState } from 'react';
import type { Problem } from '../api/client';
import { staffApi as api } from '../staff/staff-api';
import type { components } from '../api/schema';

export type Team = components['schemas']['TeamDto'];
export type Member = components['schemas']['TeamMemberViewDto'];
export type JobRole = components['schemas']['JobRoleDto'];
export type Dimension = components['schemas']['DimensionDto'];
export type Analysis = components['schemas']['AnalysisDto'];
export type RoleMap = components['schemas']['RoleMapResponseDto'];

export interface Loaded<T> {
  data: T | undefined;
  /** The problem's detail, or a network failure's message. */
  error: string | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads once per `key` and again on `reload()`; results of a superseded load are dropped.
 * While reloading, the previous data stays shown. `load` returns the data, or throws.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [round, setRound] = useState(0);
  const wanted = `${key}#${round}`;
  const [state, setState] = useState<{ for?: string; data?: T; error?: string }>({});
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ for: wanted, data }),
      (error: unknown) =>
        current && setState((s) => ({ for: wanted, data: s.data, error: problemText(error) })),
    );
    return () => {
      current = false;
    };
    // `load` is recreated every render; `wanted` says when it means something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.error, loading: state.for !== wanted, reload };
}

/** A form field's text, trimmed ('' when missing). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Thrown for an API error: what the person can read, and the field errors. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** The data of a typed-client answer, or an ApiProblem. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const problem = (result.error ?? {}) as Partial<Problem>;
    throw new ApiProblem({
      title: problem.title ?? result.response.statusText,
      status: problem.status ?? result.response.status,
      detail: problem.detail,
      errors: problem.errors,
    });
  }
  return result.data;
}

export function problemText(error: unknown): string {
  if (error instanceof ApiProblem) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Every page of a list (the API caps a page at 100). */
export async function fetchAllPages<T>(
  fetchPage: (page: number) => Promise<{ items: T[]; total: number; pageSize: number }>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchPage(page);
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
}

export function loadJobRoles(): Promise<JobRole[]> {
  return fetchAllPages(async (page) =>
    ok(await api.GET('/api/v1/job-roles', { params: { query: { page, pageSize: 100 } } })),
  );
}

export function loadDimensions(): Promise<Dimension[]> {
  return fetchAllPages(async (page) =>
    ok(await api.GET('/api/v1/dimensions', { params: { query: { page, pageSize: 100 } } })),
  );
}

export async function loadTeam(teamId: string): Promise<Team> {
  return ok(await api.GET('/api/v1/teams/{id}', { params: { path: { id: teamId } } }));
}

/** Members per role-map page asked for (the API's largest). */
const MAP_PAGE_SIZE = 1000;

/**
 * The latest completed map, or null when the team has none yet (the page loads the team
 * itself). The API pages the map by members; the pages are read and joined here, because the
 * what-if and the search need the whole team (a team holds at most TEAM_MAX_MEMBERS).
 */
export async function loadRoleMap(teamId: string): Promise<RoleMap | null> {
  const pages: RoleMap[] = [];
  for (let page = 1; ; page++) {
    const result = await api.GET('/api/v1/teams/{id}/role-map', {
      params: { path: { id: teamId }, query: { page, pageSize: MAP_PAGE_SIZE } },
    });
    if (result.response.status === 404 && page === 1) return null;
    const map = ok(result);
    // A newer analysis finished while reading: start again from its first page.
    if (pages.length > 0 && map.analysisId !== pages[0]!.analysisId) return loadRoleMap(teamId);
    pages.push(map);
    const read = pages.reduce((n, p) => n + p.members.length, 0);
    if (map.members.length === 0 || read >= map.totalMembers) break;
  }
  return joinMapPages(pages);
}

/** One map from its member pages: per-member parts joined, team-wide parts taken once. */
export function joinMapPages(pages: RoleMap[]): RoleMap {
  const first = pages[0]!;
  if (pages.length === 1) return first;
  const all = <K extends 'members' | 'fitMatrix' | 'assignment' | 'moves' | 'coaching'>(key: K) =>
    pages.flatMap((p) => p[key] as unknown[]) as RoleMap[K];
  const emptyGaps = first.gaps.filter((g) => g.reason === 'empty');
  const lowFit = pages.flatMap((p) => p.gaps.filter((g) => g.reason === 'lowFit'));
  return {
    ...first,
    members: all('members'),
    fitMatrix: all('fitMatrix'),
    assignment: all('assignment'),
    moves: all('moves'),
    coaching: all('coaching'),
    gaps: [...lowFit, ...emptyGaps].sort(
      (a, b) => a.jobRoleId.localeCompare(b.jobRoleId) || a.slot - b.slot,
    ),
    overlaps: first.overlaps.map((o) => ({
      ...o,
      bestFitMembers: pages.flatMap(
        (p) => p.overlaps.find((x) => x.jobRoleId === o.jobRoleId)?.bestFitMembers ?? [],
      ),
    })),
    leadership: first.leadership.map((bench) => {
      const byMember = new Map<string, RoleMap['leadership'][number]['ranking'][number]>();
      for (const p of pages) {
        for (const entry of p.leadership.find((l) => l.jobRoleId === bench.jobRoleId)?.ranking ??
          []) {
          byMember.set(entry.memberId, entry);
        }
      }
      return { ...bench, ranking: [...byMember.values()].sort((a, b) => a.rank - b.rank) };
    }),
    page: 1,
    pageSize: first.totalMembers,
  };
}

/** The team's analyses, newest first, with their dates and mean fit. */
export async function loadHistory(teamId: string) {
  return ok(
    await api.GET('/api/v1/teams/{id}/analyses', {
      params: { path: { id: teamId }, query: { page: 1, pageSize: 10 } },
    }),
  );
}
