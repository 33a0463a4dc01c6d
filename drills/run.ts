import { killAllChildren, killAllRedis } from '@rolefit/testkit';
/**
 * Fault drills: start the real, built api and worker processes, break something underneath
 * them (SIGKILL, Redis stopped, PostgreSQL restarted, SIGTERM, SMTP down) and check that
 * nothing accepted is lost or done twice. `npm run drill` runs all; `npm run drill --
 * worker-kill` runs one. Exits non-zero if any drill lost or duplicated anything, or failed a check.
 *
 * Everything runs on loopback against the drills' own PostgreSQL cluster (initdb under /tmp)
 * and their own redis-server processes, so shared services are never stopped.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Drill } from './drill';
import { gracefulShutdown } from './graceful-shutdown';
import { postgresRestart } from './postgres-restart';
import { redisOutage } from './redis-outage';
import { smtpOutage } from './smtp-outage';
import { DrillContext, DrillOptions } from './support/context';
import { OwnPostgres } from './support/postgres';
import {
  crashed,
  DrillResult,
  formatMarkdown,
  formatResult,
  formatSummary,
} from './support/report';
import { log } from './support/log';
import { workerKill } from './worker-kill';

const DRILLS: Drill[] = [workerKill, redisOutage, postgresRestart, gracefulShutdown, smtpOutage];
/** The whole run is bounded: after this, everything is killed and the run fails. */
const RUN_TIMEOUT_MS = 15 * 60_000;

function usage(): string {
  return [
    'usage: npm run drill [-- <drill> ...] [--workload=submissions|members]',
    '',
    ...DRILLS.map((d) => `  ${d.name.padEnd(18)} ${d.description}`),
    '',
    'environment: DRILL_PG_BIN (initdb/pg_ctl folder), DRILL_PG_PORT, DRILL_REDIS_SERVER,',
    '  DRILL_PG_RESTARTS (3), DRILL_REDIS_OUTAGE_MS (30000), DRILL_REDIS_DURABLE=0,',
    '  DRILL_ORG_MEMBERS (5000), DRILL_KILL_DELAY_MS (300), DRILL_NODE_OPTIONS (for the',
    '  processes under test, e.g. --report-on-signal: a report before a forced SIGKILL),',
    '  DRILL_SMTP_CANDIDATES (60), DRILL_SMTP_OUTAGE_MS (30000)',
  ].join('\n');
}

function parseArgs(argv: string[]): { drills: Drill[]; options: DrillOptions } {
  const options: DrillOptions = {};
  const names: string[] = [];
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      console.log(usage());
      process.exit(0);
    } else if (arg.startsWith('--workload=')) options.workload = arg.slice('--workload='.length);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${usage()}`);
    else names.push(arg);
  }
  const drills = names.length === 0 ? DRILLS : names.map((n) => DRILLS.find((d) => d.name === n)!);
  const unknown = names.filter((n) => !DRILLS.some((d) => d.name === n));
  if (unknown.length > 0) throw new Error(`unknown drill(s): ${unknown.join(', ')}\n${usage()}`);
  return { drills, options };
}

async function main(): Promise<number> {
  const { drills, options } = parseArgs(process.argv.slice(2));
  const runId = Date.now().toString(36);
  const runDir = `/tmp/rolefit-drills-${runId}`;
  mkdirSync(runDir, { recursive: true });
  const started = Date.now();
  log(`fault drills ${drills.map((d) => d.name).join(', ')}; logs in ${runDir}`);

  const pg = await OwnPostgres.create();
  let current: DrillContext | undefined;
  const abort = (why: string) => {
    console.error(`\n${why}: stopping every process the drills started`);
    killAllChildren();
    killAllRedis();
    void pg.destroy().finally(() => process.exit(1));
  };
  process.once('SIGINT', () => abort('interrupted'));
  process.once('SIGTERM', () => abort('terminated'));
  setTimeout(
    () => abort(`run exceeded ${RUN_TIMEOUT_MS / 60_000} minutes`),
    RUN_TIMEOUT_MS,
  ).unref();

  const results: DrillResult[] = [];
  try {
    for (const drill of drills) {
      log(`--- ${drill.name}: ${drill.description}`);
      const t = Date.now();
      current = new DrillContext(drill.name, pg, runDir, runId, options);
      let result: DrillResult;
      try {
        result = await drill.run(current);
      } catch (error) {
        log(`${drill.name} crashed: ${(error as Error).stack ?? String(error)}`);
        result = crashed(drill.name, error, Date.now() - t);
      } finally {
        await current.cleanup();
      }
      results.push(result);
      console.log(formatResult(result));
    }
  } finally {
    killAllChildren();
    killAllRedis();
    await pg.destroy();
  }

  const total = ((Date.now() - started) / 1000).toFixed(0);
  const summary = formatSummary(results);
  const markdown = formatMarkdown(results);
  console.log(`\n=== summary (${total} s) ===\n${summary}\n\n${markdown}\n`);
  writeFileSync(
    join(runDir, 'summary.md'),
    `${markdown}\n\n${results.map((r) => '```\n' + formatResult(r).trim() + '\n```').join('\n\n')}\n`,
  );
  const failed = results.filter((r) => !r.ok);
  log(
    failed.length === 0
      ? `all ${results.length} drill(s) passed in ${total} s`
      : `FAILED: ${failed.map((r) => r.name).join(', ')}`,
  );
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    killAllChildren();
    killAllRedis();
    process.exit(2);
  },
);
