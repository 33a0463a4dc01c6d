import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { AppConfig } from '../../libs/config/src/app-config';

const ROOT = resolve(__dirname, '..', '..');

/** README.md and every page under docs/. */
function documents(): string[] {
  const docs = join(ROOT, 'docs');
  const pages = existsSync(docs)
    ? readdirSync(docs, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(docs, f))
    : [];
  return [join(ROOT, 'README.md'), ...pages];
}

/** The variables named in the first column of README's "Configuration" table. */
function documentedVariables(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? '';
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    const first = /^\|([^|]*)\|/.exec(line)?.[1] ?? '';
    for (const [, name] of first.matchAll(/`([A-Z][A-Z0-9_]*)`/g)) names.add(name);
  }
  return names;
}

describe('docs drift', () => {
  it("README's configuration table names exactly the variables the config class reads", () => {
    const read = Object.keys(new AppConfig()).sort();
    const documented = [...documentedVariables()].sort();
    expect(documented.length).toBeGreaterThan(10);
    expect({ missingFromReadme: read.filter((v) => !documented.includes(v)) }).toEqual({
      missingFromReadme: [],
    });
    expect({ notInConfig: documented.filter((v) => !read.includes(v)) }).toEqual({
      notInConfig: [],
    });
  });

  it('README and docs/ link only to files inside the repository that exist', () => {
    const broken: string[] = [];
    for (const file of documents()) {
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = resolve(dirname(file), target.split('#')[0]);
        const inside = !relative(ROOT, path).startsWith('..');
        if (!inside || !existsSync(path)) broken.push(`${relative(ROOT, file)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
