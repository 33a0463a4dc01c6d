/**
 * `npm run bench [-- <name>…] [--runs=N] [--duration=S] [--peer-budget-seconds=S]
 *  [--peer-runs-largest=N] [--keep]`
 *
 * Runs the benchmarks of issue 5 (all when no name is given), prints their tables and writes
 * bench/results/<name>.json. Each module starts its own processes against a private database
 * and queue prefix, and removes them afterwards. Exits non-zero when a benchmark fails (for
 * example on any non-2xx response); a missed target is reported, not an error.
 */
import { backgroundBench } from './background/background.bench';
import { httpBench } from './http/http.bench';
import { httpLayersBench } from './http/layers.bench';
import { jobPageBench } from './job-page/job-page.bench';
import { BenchOptions, parseArgs } from './lib/options';
import {
  BenchOutcome,
  machineInfo,
  printTable,
  printTargets,
  TargetResult,
  writeResult,
} from './lib/report';
import { round } from './lib/stats';
import { solverBench } from './solver/solver.bench';
import { teamBench } from './team/team.bench';

const MODULES: Record<string, (options: BenchOptions) => Promise<BenchOutcome>> = {
  solver: solverBench,
  http: httpBench,
  background: backgroundBench,
  jobpage: jobPageBench,
  team: teamBench,
  // An investigation, not a target of issue 5: run it by name.
  'http-layers': httpLayersBench,
};
/** What `npm run bench` runs with no names: the benchmarks of issues 5 and 13. */
const DEFAULT = ['solver', 'http', 'background', 'jobpage', 'team'];

async function main(): Promise<number> {
  const { names, options } = parseArgs(process.argv.slice(2));
  const selected = names.length > 0 ? names : DEFAULT;
  const unknown = selected.filter((n) => !MODULES[n]);
  if (unknown.length > 0) {
    console.error(
      `unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(MODULES).join(', ')}`,
    );
    return 2;
  }
  const machine = machineInfo();
  console.log(`Rolefit benchmarks: ${selected.join(', ')}`);
  console.log(JSON.stringify({ ...machine, options }));
  const started = performance.now();
  const targets: TargetResult[] = [];
  const timings: [string, number, string][] = [];
  let failed = false;
  for (const name of selected) {
    const t0 = performance.now();
    try {
      const outcome = await MODULES[name](options);
      const seconds = round((performance.now() - t0) / 1000, 1);
      const file = writeResult(outcome, { machine, options, seconds });
      targets.push(...outcome.targets);
      timings.push([name, seconds, 'ok']);
      console.log(`\n${name}: done in ${seconds} s → ${file}`);
    } catch (error) {
      failed = true;
      const seconds = round((performance.now() - t0) / 1000, 1);
      timings.push([name, seconds, 'FAILED']);
      console.error(
        `\n${name}: FAILED after ${seconds} s\n${(error as Error).stack ?? String(error)}`,
      );
    }
  }
  printTargets(targets);
  printTable(
    'Run time',
    ['benchmark', 'seconds', 'result'],
    [
      ...timings,
      ['total', round((performance.now() - started) / 1000, 1), failed ? 'FAILED' : 'ok'],
    ],
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
