/**
 * One solver measurement in a process of its own, so its peak memory (maxRSS) is its own:
 *   node solver-child.js '{"impl":"ours"|"munkres","members":…,"roles":…,"slotsPerRole":…,
 *                          "seed":…,"runs":…,"budgetMs":…}'
 * Prints one JSON line with the timings, the optimum and memory figures.
 */
import { expandSlots, solveCapacitatedAssignment } from '@rolefit/domain';
import { munkres } from 'munkres';
import { generateInstance, SolverInstance } from './instance';

interface ChildArgs {
  kind: 'profiles' | 'uniform';
  impl: 'ours' | 'munkres';
  members: number;
  roles: number;
  slotsPerRole: number;
  seed: number;
  runs: number;
  /** Stop repeating once this much solver time has been spent (at least one run). */
  budgetMs: number;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

function runOurs(instance: SolverInstance) {
  const started = performance.now();
  const { roleOfMember, total } = solveCapacitatedAssignment({
    members: instance.members,
    roles: instance.roles,
    fit: instance.fit,
    capacity: instance.capacity,
  });
  const ms = performance.now() - started;
  let assigned = 0;
  for (const role of roleOfMember) if (role >= 0) assigned++;
  return { ms, total, assigned };
}

/** The peer: `munkres` on the slot-expanded matrix, negated because munkres minimises. */
function prepareMunkres(instance: SolverInstance) {
  const expanded = expandSlots(instance);
  const cost: Float64Array[] = [];
  for (let i = 0; i < expanded.rows; i++) {
    const row = new Float64Array(expanded.cols);
    for (let c = 0; c < expanded.cols; c++) row[c] = -expanded.values[i * expanded.cols + c];
    cost.push(row);
  }
  return { expanded, cost };
}

function main(): void {
  const args = JSON.parse(process.argv[2]) as ChildArgs;
  const instance = generateInstance(args, args.seed);
  const prepared = args.impl === 'munkres' ? prepareMunkres(instance) : undefined;
  global.gc?.();
  const before = process.memoryUsage();
  const timesMs: number[] = [];
  let optimum = NaN;
  let assigned = 0;
  let spent = 0;
  for (let run = 0; run < args.runs && (run === 0 || spent < args.budgetMs); run++) {
    if (prepared) {
      const started = performance.now();
      const pairs = munkres(prepared.cost);
      const ms = performance.now() - started;
      const { values, cols } = prepared.expanded;
      // Sum in member order, as solveCapacitatedAssignment does, so equal optima print equal.
      const colOfRow = new Int32Array(instance.members).fill(-1);
      for (const [i, c] of pairs) colOfRow[i] = c;
      let total = 0;
      assigned = 0;
      for (let i = 0; i < instance.members; i++) {
        if (colOfRow[i] < 0) continue;
        total += values[i * cols + colOfRow[i]];
        assigned++;
      }
      timesMs.push(ms);
      optimum = total;
    } else {
      const result = runOurs(instance);
      timesMs.push(result.ms);
      optimum = result.total;
      assigned = result.assigned;
    }
    spent += timesMs[timesMs.length - 1];
  }
  const after = process.memoryUsage();
  const out = {
    impl: args.impl,
    timesMs,
    optimum,
    assigned,
    rssBeforeMb: mb(before.rss),
    heapBeforeMb: mb(before.heapUsed),
    rssAfterMb: mb(after.rss),
    heapAfterMb: mb(after.heapUsed),
    // resourceUsage().maxRSS is in KiB: the process's peak resident set.
    maxRssMb: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main();
