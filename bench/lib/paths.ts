import { join } from 'node:path';
import { repoRoot } from '@rolefit/testkit';

export const ROOT = repoRoot();
/** The compiled benchmark scripts (this directory's parent), for child processes. */
export const BENCH_DIST = join(__dirname, '..');
