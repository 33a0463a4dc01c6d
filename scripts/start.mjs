// `npm start`: one command for a newcomer. Runs migrations and demo data (npm run seed),
// then the API and the worker side by side, and stops both on Ctrl-C or SIGTERM.
import { spawn } from 'node:child_process';

const node = process.execPath;
const processes = {
  seed: ['dist/api/apps/api/src/seed.js'],
  api: ['dist/api/apps/api/src/main.js'],
  worker: ['dist/worker/apps/worker/src/main.js'],
};

// Readable logs in a terminal; JSON when piped (LOG_FORMAT overrides).
const env = {
  ...process.env,
  LOG_FORMAT: process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
};

function start(name) {
  const child = spawn(node, processes[name], { stdio: 'inherit', env });
  child.exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  return child;
}

const seedCode = await start('seed').exited;
if (seedCode !== 0) {
  console.error(
    'Demo data could not be set up; is PostgreSQL running? (see README: Configuration)',
  );
  process.exit(seedCode);
}

const children = [start('api'), start('worker')];
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill(signal);
};
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));

// If one of them dies on its own, stop the other: half a platform is confusing.
const first = await Promise.race(children.map((c) => c.exited));
stop('SIGTERM');
const codes = await Promise.all(children.map((c) => c.exited));
process.exit(stopping && first === 0 ? Math.max(...codes) : first || 1);
