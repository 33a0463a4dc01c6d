import { freePort } from '@rolefit/testkit';
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { log } from './log';

const run = promisify(execFile);

/** The PostgreSQL server binaries: $DRILL_PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
function pgBinDir(): string {
  if (process.env.DRILL_PG_BIN) return process.env.DRILL_PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(root, versions[0], 'bin');
  }
  throw new Error(
    'PostgreSQL server binaries (initdb, pg_ctl) not found; set DRILL_PG_BIN to their folder',
  );
}

/**
 * A throw-away PostgreSQL cluster of the drills' own (initdb under /tmp, trust auth,
 * loopback only, a free port), so restarting it never disturbs anyone else's database.
 * When the drills run as root, the server runs as the `postgres` user (initdb refuses root).
 */
export class OwnPostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
  ) {}

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  get logFile(): string {
    return join(this.dir, 'postgres.log');
  }

  static async create(): Promise<OwnPostgres> {
    const bin = pgBinDir();
    const port = Number(process.env.DRILL_PG_PORT) || (await freePort());
    const dir = mkdtempSync('/tmp/rolefit-drill-pg-');
    const pg = new OwnPostgres(port, dir, bin);
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const uid = Number(stdout.trim());
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      chownSync(dir, uid, Number(gid.trim()));
    }
    await pg.exec('initdb', [
      '-D',
      pg.dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
      '--no-instructions',
    ]);
    await pg.start();
    log(`own PostgreSQL cluster on 127.0.0.1:${port} (${dir})`);
    return pg;
  }

  baseUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}`;
  }

  url(database: string): string {
    return `${this.baseUrl()}/${database}`;
  }

  async start(): Promise<void> {
    await this.exec('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      this.logFile,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      'start',
    ]);
  }

  /** `pg_ctl restart -m fast`: disconnects every client, checkpoints and comes back. */
  async restart(): Promise<void> {
    // -l again: without it the new postmaster writes to (and holds open) pg_ctl's stdout.
    await this.exec('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      this.logFile,
      '-m',
      'fast',
      '-w',
      '-t',
      '60',
      'restart',
    ]);
  }

  async stop(): Promise<void> {
    await this.exec('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
  }

  /** Stops the server (if running) and deletes the cluster. */
  async destroy(): Promise<void> {
    try {
      await this.exec('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', '-t', '30', 'stop']);
    } catch {
      // Already stopped.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** A small pool for the drills' own checks; it reconnects by itself after a restart. */
  pool(database: string): Pool {
    const pool = new Pool({ connectionString: this.url(database), max: 3 });
    pool.on('error', () => undefined);
    return pool;
  }

  private async exec(tool: string, args: string[]): Promise<string> {
    const path = join(this.bin, tool);
    const [cmd, argv] =
      process.getuid?.() === 0
        ? ['runuser', ['-u', 'postgres', '--', path, ...args]]
        : [path, args];
    try {
      const { stdout } = await run(cmd, argv, { timeout: 120_000, cwd: '/tmp' });
      return stdout;
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new Error(`${tool} ${args.join(' ')} failed: ${e.stderr || e.message}`, {
        cause: error,
      });
    }
  }
}
