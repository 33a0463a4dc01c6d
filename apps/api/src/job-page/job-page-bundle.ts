import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageLocale = 'en' | 'nb';

/** What the job page's server renderer takes: the public preview read, as the API builds it. */
export interface RenderablePreview {
  slug: string;
  version: number;
  jobTitle: string;
  organizationName: string;
  publishedAt: string | Date;
  locale: PageLocale;
  [field: string]: unknown;
}

export interface PrivacyNoticeText {
  version: number | string;
  text: string;
}

export type FormOutcome =
  'interested' | 'notForMe' | 'sent' | 'failed' | 'closed' | 'conflict' | 'tooMany' | 'invalid';

/** The functions of apps/web/src/job-page/server.tsx, as its build exports them. */
export interface JobPageRenderer {
  renderJobPage(input: {
    preview: RenderablePreview;
    baseUrl: string;
    islandSrc?: string;
    privacyNotice?: PrivacyNoticeText;
  }): string;
  renderNotFoundPage(locale: PageLocale): string;
  renderFormOutcomePage(input: {
    locale: PageLocale;
    slug: string;
    outcome: FormOutcome;
    email?: string;
  }): string;
}

/** A built static file, held in memory with its gzip form (it is a few kB). */
export interface StaticAsset {
  body: Buffer;
  gzip: Buffer;
  contentType: string;
}

export interface JobPageBundle {
  renderer: JobPageRenderer;
  /** URL path of the island script, e.g. /jobs/assets/island-Ab12.js. */
  islandSrc?: string;
  /** Files under /jobs/assets/, by file name. */
  assets: Map<string, StaticAsset>;
}

export const ASSET_PREFIX = '/jobs/assets/';
const SERVER_ENTRY = join('dist', 'job-page', 'server', 'job-page.cjs');
const CLIENT_DIR = join('dist', 'job-page', 'client');

/**
 * Loads the job page's build (`npm run build` makes it with Vite): the server renderer and
 * the island script. Returns undefined when it has not been built, so the API still starts
 * (the job page then answers 503 and says how to build it).
 */
export function loadJobPageBundle(from = __dirname): JobPageBundle | undefined {
  const root = findBuildRoot(from);
  if (!root) return undefined;
  // The renderer is CommonJS built for Node; require keeps it synchronous and Jest-friendly.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const renderer = require(join(root, SERVER_ENTRY)) as JobPageRenderer;
  const assets = new Map<string, StaticAsset>();
  let islandSrc: string | undefined;
  const manifestFile = join(root, CLIENT_DIR, '.vite', 'manifest.json');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
      string,
      { file: string; isEntry?: boolean }
    >;
    for (const [source, entry] of Object.entries(manifest)) {
      const body = readFileSync(join(root, CLIENT_DIR, entry.file));
      const name = entry.file.replace(/^assets\//, '');
      assets.set(name, {
        body,
        gzip: gzipSync(body, { level: 9 }),
        contentType: 'text/javascript; charset=utf-8',
      });
      if (source.endsWith('job-page/island.ts')) islandSrc = `${ASSET_PREFIX}${name}`;
    }
  }
  return { renderer, islandSrc, assets };
}

/** The nearest directory, walking up from `from`, that holds the built renderer. */
function findBuildRoot(from: string): string | undefined {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, SERVER_ENTRY))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
