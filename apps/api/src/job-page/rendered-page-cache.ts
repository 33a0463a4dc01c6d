import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** One rendered HTML document, with its gzip form and a strong ETag. */
export interface RenderedPage {
  html: Buffer;
  gzip: Buffer;
  etag: string;
}

const MAX_ENTRIES = 2_000;

export function renderedPage(html: string): RenderedPage {
  const body = Buffer.from(html, 'utf8');
  return {
    html: body,
    gzip: gzipSync(body, { level: 9 }),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
}

/**
 * Rendered job pages by published version id. A published version never changes, so its page
 * is rendered once and kept; publishing a new version gives the slug a new version id (the
 * preview read cache is dropped on publish), so the next request renders the new version and
 * the old entry simply stops being asked for. Bounded: when full, the oldest half goes.
 */
export class RenderedPageCache {
  private readonly pages = new Map<string, RenderedPage>();

  getOrRender(key: string, render: () => string): RenderedPage {
    const hit = this.pages.get(key);
    if (hit) return hit;
    const page = renderedPage(render());
    if (this.pages.size >= MAX_ENTRIES) {
      let drop = Math.floor(MAX_ENTRIES / 2);
      for (const oldest of this.pages.keys()) {
        if (drop-- <= 0) break;
        this.pages.delete(oldest);
      }
    }
    this.pages.set(key, page);
    return page;
  }

  get size(): number {
    return this.pages.size;
  }
}
