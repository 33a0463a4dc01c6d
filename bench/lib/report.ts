import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem, loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths';

/** One target of issue 5 (or 4) with the measured value and whether it was met. */
export interface TargetResult {
  benchmark: string;
  target: string;
  value: string;
  met: boolean | null;
  note?: string;
}

/** What every benchmark module returns: its targets and its raw figures for the JSON file. */
export interface BenchOutcome {
  name: string;
  targets: TargetResult[];
  data: Record<string, unknown>;
}

export type Cell = string | number | boolean | null | undefined;

/** Prints a plain Markdown table, so the console output can be pasted into BENCHMARKS.md. */
export function printTable(title: string, headers: string[], rows: Cell[][]): void {
  const text = rows.map((row) => row.map(formatCell));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(headers));
  console.log(
    `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
  );
  for (const row of text) console.log(line(row));
}

function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return String(cell);
    if (Number.isInteger(cell)) return cell.toLocaleString('en-US');
    return Math.abs(cell) >= 100
      ? cell.toFixed(0)
      : Math.abs(cell) >= 10
        ? cell.toFixed(1)
        : cell.toFixed(2);
  }
  return cell;
}

export function printTargets(targets: TargetResult[]): void {
  printTable(
    'Targets',
    ['benchmark', 'target', 'measured', 'met'],
    targets.map((t) => [
      t.benchmark,
      t.target,
      t.note ? `${t.value} (${t.note})` : t.value,
      t.met === null ? 'n/a' : t.met ? 'MET' : 'MISSED',
    ]),
  );
}

export function machineInfo() {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryMb: Math.round(totalmem() / 2 ** 20),
    freeMemoryMb: Math.round(freemem() / 2 ** 20),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** Writes bench/results/<name>.json (the figures BENCHMARKS.md is written from). */
export function writeResult(outcome: BenchOutcome, extra: Record<string, unknown>): string {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${outcome.name}.json`);
  writeFileSync(file, `${JSON.stringify({ ...extra, ...outcome }, null, 2)}\n`);
  return file;
}
