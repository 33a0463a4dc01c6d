import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The repository root. This file runs compiled from dist/tools/bench/lib, four levels down.
 */
export const ROOT = join(__dirname, '..', '..', '..', '..');

export const API_ENTRY = join(ROOT, 'dist/api/apps/api/src/main.js');
export const WORKER_ENTRY = join(ROOT, 'dist/worker/apps/worker/src/main.js');
/** The compiled benchmark scripts (this directory's parent), for child processes. */
export const BENCH_DIST = join(__dirname, '..');

export function requireBuilt(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return file;
}
