// Lets a newcomer run `npm start` (or `npm test`) straight after cloning: installs the exact
// locked dependencies, Node 24 included, when they are not there yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = ['node_modules/.bin/nest', 'node_modules/.bin/node', 'node_modules/.bin/jest'];
if (!needed.every((path) => existsSync(path))) {
  console.log('Installing dependencies (npm ci) …');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
