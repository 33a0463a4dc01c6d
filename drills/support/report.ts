export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** What every drill reports: accepted vs persisted, losses, duplicates and its checks. */
export interface DrillResult {
  name: string;
  /** Work the system acknowledged (2xx / 202). */
  accepted: number;
  /** Of that, what is stored (persisted or completed) afterwards. */
  persisted: number;
  lost: number;
  duplicates: number;
  /** Status codes (and transport errors) seen by clients, e.g. "200×812 503×14". */
  statuses: string;
  checks: Check[];
  /** Extra figures worth printing (timings, attempts, exit codes). */
  figures: Record<string, string | number>;
  ms: number;
  ok: boolean;
}

export class ResultBuilder {
  accepted = 0;
  persisted = 0;
  lost = 0;
  duplicates = 0;
  statuses = '-';
  readonly checks: Check[] = [];
  readonly figures: Record<string, string | number> = {};
  private readonly started = Date.now();

  constructor(readonly name: string) {}

  check(name: string, ok: boolean, detail: string | number = ''): boolean {
    this.checks.push({ name, ok, detail: String(detail) });
    return ok;
  }

  figure(name: string, value: string | number): void {
    this.figures[name] = value;
  }

  build(): DrillResult {
    const ok = this.lost === 0 && this.duplicates === 0 && this.checks.every((c) => c.ok);
    return {
      name: this.name,
      accepted: this.accepted,
      persisted: this.persisted,
      lost: this.lost,
      duplicates: this.duplicates,
      statuses: this.statuses,
      checks: this.checks,
      figures: this.figures,
      ms: Date.now() - this.started,
      ok,
    };
  }
}

/** A failed drill (setup error, timeout) still reports, as a failure. */
export function crashed(name: string, error: unknown, ms: number): DrillResult {
  return {
    name,
    accepted: 0,
    persisted: 0,
    lost: 0,
    duplicates: 0,
    statuses: '-',
    checks: [
      {
        name: 'drill ran to the end',
        ok: false,
        detail: error instanceof Error ? error.message : String(error),
      },
    ],
    figures: {},
    ms,
    ok: false,
  };
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
}

export function formatResult(r: DrillResult): string {
  const lines = [
    '',
    `=== ${r.name}: ${r.ok ? 'PASS' : 'FAIL'} (${(r.ms / 1000).toFixed(1)} s) ===`,
    table([
      ['accepted', 'persisted/completed', 'lost', 'duplicates', 'statuses seen'],
      [String(r.accepted), String(r.persisted), String(r.lost), String(r.duplicates), r.statuses],
    ]),
    '',
    ...r.checks.map(
      (c) => `  [${c.ok ? ' ok ' : 'FAIL'}] ${c.name}${c.detail ? `: ${c.detail}` : ''}`,
    ),
  ];
  const figures = Object.entries(r.figures);
  if (figures.length > 0) {
    lines.push('', ...figures.map(([k, v]) => `  ${k}: ${v}`));
  }
  return lines.join('\n');
}

export function formatSummary(results: DrillResult[]): string {
  return table([
    ['drill', 'result', 'accepted', 'persisted', 'lost', 'dup', 'time', 'statuses seen'],
    ...results.map((r) => [
      r.name,
      r.ok ? 'PASS' : 'FAIL',
      String(r.accepted),
      String(r.persisted),
      String(r.lost),
      String(r.duplicates),
      `${(r.ms / 1000).toFixed(1)} s`,
      r.statuses,
    ]),
  ]);
}

/** The same summary as a Markdown table, for BENCHMARKS.md. */
export function formatMarkdown(results: DrillResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.ok ? 'pass' : '**FAIL**'} | ${r.accepted} | ${r.persisted} | ${r.lost} | ${r.duplicates} | ${r.statuses} | ${(r.ms / 1000).toFixed(1)} s |`,
  );
  return [
    '| drill | result | accepted | persisted / completed | lost | duplicates | statuses seen | time |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows,
  ].join('\n');
}
