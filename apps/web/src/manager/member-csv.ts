import type { components } from '../api/schema';
import { parseCsv } from './csv';

export type MemberBody = components['schemas']['MemberDto'];

/** Why a row was left out; the page words it in the reader's language. */
export type RowProblem =
  | { kind: 'nameMissing' }
  | { kind: 'emailInvalid'; value: string }
  | { kind: 'roleUnknown'; value: string }
  | { kind: 'scoreInvalid'; column: string; value: string }
  | { kind: 'performanceInvalid'; value: string }
  | { kind: 'profileMissing' }
  | { kind: 'server'; message: string };

export interface CsvImport {
  /** Rows to send, with their line number in the file (the header is line 1). */
  members: Array<{ line: number; member: MemberBody }>;
  problems: Array<{ line: number; problems: RowProblem[] }>;
  /** Header cells that are neither a known column nor a dimension key (ignored). */
  ignoredColumns: string[];
  /** No `name` column: nothing can be read. */
  missingNameColumn: boolean;
}

export interface ImportContext {
  dimensionKeys: readonly string[];
  /** Job roles by id; a `role` cell may hold the title (any case) or the id. */
  jobRoles: ReadonlyArray<{ id: string; title: string }>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads a member CSV: a header line with `name` and optionally `email`, `role` (title or id of
 * the member's current job role), `performance`, and one column per dimension key (0–100).
 * Every row is checked here first, so a bad row is reported by its line and the good ones can
 * still be imported. Numbers may use a decimal comma.
 */
export function readMemberCsv(text: string, context: ImportContext): CsvImport {
  const [header = [], ...rows] = parseCsv(text);
  const columns = header.map((h) => h.trim());
  const lower = columns.map((c) => c.toLowerCase());
  const dimensionByLower = new Map(context.dimensionKeys.map((k) => [k.toLowerCase(), k]));
  const index = (name: string) => lower.indexOf(name);
  const known = new Set(['name', 'email', 'role', 'performance']);
  const result: CsvImport = {
    members: [],
    problems: [],
    ignoredColumns: columns.filter(
      (_, i) => !known.has(lower[i]!) && !dimensionByLower.has(lower[i]!),
    ),
    missingNameColumn: index('name') < 0,
  };
  if (result.missingNameColumn) return result;
  const roleByKey = new Map<string, string>();
  for (const role of context.jobRoles) {
    roleByKey.set(role.id.toLowerCase(), role.id);
    roleByKey.set(role.title.trim().toLowerCase(), role.id);
  }

  rows.forEach((cells, k) => {
    const line = k + 2;
    const cell = (name: string) => {
      const i = index(name);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    const problems: RowProblem[] = [];
    const name = cell('name');
    if (!name) problems.push({ kind: 'nameMissing' });
    const email = cell('email');
    if (email && !EMAIL.test(email)) problems.push({ kind: 'emailInvalid', value: email });
    const role = cell('role');
    const roleId = role ? roleByKey.get(role.toLowerCase()) : undefined;
    if (role && !roleId) problems.push({ kind: 'roleUnknown', value: role });
    const performanceText = cell('performance');
    const performance = performanceText ? toNumber(performanceText) : null;
    if (performanceText && performance === null) {
      problems.push({ kind: 'performanceInvalid', value: performanceText });
    }
    const profile: Record<string, number> = {};
    lower.forEach((column, i) => {
      const key = dimensionByLower.get(column);
      const text = (cells[i] ?? '').trim();
      if (!key || text === '') return;
      const value = toNumber(text);
      if (value === null || value < 0 || value > 100) {
        problems.push({ kind: 'scoreInvalid', column: columns[i]!, value: text });
      } else profile[key] = value;
    });
    if (Object.keys(profile).length === 0 && !problems.some((p) => p.kind === 'scoreInvalid')) {
      problems.push({ kind: 'profileMissing' });
    }
    if (problems.length > 0) {
      result.problems.push({ line, problems });
      return;
    }
    result.members.push({
      line,
      member: {
        name,
        email: email || null,
        currentJobRoleId: roleId ?? null,
        profile,
        performance,
      },
    });
  });
  return result;
}

function toNumber(text: string): number | null {
  const normalised = text.replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/**
 * The API's bulk errors (`members[3].profile.x`) back to file lines: the sent rows are the
 * good rows in order, so index 3 is the fourth member sent.
 */
export function serverProblemsByLine(
  sent: CsvImport['members'],
  errors: ReadonlyArray<{ field: string; message: string }>,
): Array<{ line: number; problems: RowProblem[] }> {
  const byLine = new Map<number, RowProblem[]>();
  for (const error of errors) {
    const match = /^members\[(\d+)\]\.?(.*)$/.exec(error.field);
    const row = match ? sent[Number(match[1])] : undefined;
    const line = row?.line ?? 0;
    const message = match?.[2] ? `${match[2]}: ${error.message}` : error.message;
    byLine.set(line, [...(byLine.get(line) ?? []), { kind: 'server', message }]);
  }
  return [...byLine].map(([line, problems]) => ({ line, problems }));
}
