import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder above `from` whose package.json is Rolefit's. Found
 * by looking rather than counted, since this file runs both from source (Jest) and compiled
 * (dist/tools for bench and drills), at different depths.
 */
export function repoRoot(from = __dirname): string {
  let dir = from;
  for (let i = 0; i < 10; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name;
      if (name === 'rolefit') return dir;
    }
    dir = dirname(dir);
  }
  throw new Error(`cannot find the rolefit repository above ${from}`);
}

/** The built API and worker (`npm run build`): tests, benchmarks and drills run these. */
export const API_ENTRY = join(repoRoot(), 'dist/api/apps/api/src/main.js');
export const WORKER_ENTRY = join(repoRoot(), 'dist/worker/apps/worker/src/main.js');

/** The project's own Node (the `node` devDependency), else the one running us. */
export function projectNode(): string {
  const node = join(repoRoot(), 'node_modules/.bin/node');
  return existsSync(node) ? node : process.execPath;
}

export function requireBuilt(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return file;
}
