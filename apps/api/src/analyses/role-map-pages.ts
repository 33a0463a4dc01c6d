import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { roleMapPage, type TeamRoleMap, withoutPerformance } from '@rolefit/domain';
import { TeamAnalysisRepository } from '@rolefit/persistence';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { AnalysisNotifications } from './analysis-notifications';

/** A serialised page, ready to send as it is or gzipped (browsers ask for gzip). */
export interface RoleMapBody {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

/** The whole map, or the map without performance (what recruiters may see). */
export type RoleMapView = 'full' | 'withoutPerformance';

interface Entry extends RoleMapBody {
  analysisId: string;
  bytes: number;
  builtAt: number;
}

/**
 * A backstop for a missed notification (LISTEN down while a stored map was rewritten, e.g. a
 * member's erasure): no page is served from memory for longer than this.
 */
const MAX_AGE_MS = 60_000;
/** Parsed maps kept for building further pages, and for how long. */
const PARSED_MAPS = 2;
const PARSED_MAX_AGE_MS = 30_000;

/**
 * Role-map pages serialised once per completed analysis and page, then served as they are:
 * the read used to parse the stored jsonb and serialise it again on every request (≈ 1 ms of
 * CPU for a 50-member map, BENCHMARKS.md). Least recently used pages go first once the pages
 * exceed ROLE_MAP_CACHE_MB; any change to an analysis row (PostgreSQL notification) drops its
 * pages. Concurrent requests for a page not yet built share one build, so eight readers of a
 * big map parse it once, not eight times.
 */
@Injectable()
export class RoleMapPages implements OnModuleInit {
  private readonly entries = new Map<string, Entry>();
  private readonly building = new Map<string, Promise<Entry | null>>();
  private readonly parsed = new Map<string, { map: Promise<TeamRoleMap | null>; at: number }>();
  /** Keys of each analysis' pages, so a notification drops them without a scan. */
  private readonly keysOf = new Map<string, Set<string>>();
  private bytes = 0;
  private readonly budget: number;

  constructor(
    config: AppConfig,
    private readonly notifications: AnalysisNotifications,
    private readonly analyses: TeamAnalysisRepository,
  ) {
    this.budget = config.ROLE_MAP_CACHE_MB * 1024 * 1024;
  }

  onModuleInit(): void {
    this.notifications.onAny((n) => {
      this.parsed.delete(n.id);
      this.forget(n.id);
    });
  }

  /**
   * The page of a completed analysis (already tenant-checked by the caller); null if gone.
   * `withoutPerformance` is the recruiters' view (no top performer), kept as its own pages.
   */
  async get(
    organizationId: string,
    analysis: { id: string; completedAt: Date },
    page: number,
    pageSize: number,
    view: RoleMapView = 'full',
  ): Promise<RoleMapBody | null> {
    const key = `${analysis.id}:${page}:${pageSize}:${view}`;
    const cached = this.entries.get(key);
    if (cached && Date.now() - cached.builtAt < MAX_AGE_MS) {
      // Refresh its place in the LRU order (a Map iterates in insertion order).
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    let pending = this.building.get(key);
    if (!pending) {
      pending = this.build(organizationId, analysis, page, pageSize, view).finally(() =>
        this.building.delete(key),
      );
      this.building.set(key, pending);
    }
    const entry = await pending;
    if (entry) this.remember(key, entry);
    return entry;
  }

  /**
   * The parsed map, kept a little while: reading a big map page by page must not parse all
   * of it again for every page (10,000 members are ≈ 10 MB of JSON).
   */
  private parsedMap(organizationId: string, analysisId: string): Promise<TeamRoleMap | null> {
    const kept = this.parsed.get(analysisId);
    if (kept && Date.now() - kept.at < PARSED_MAX_AGE_MS) return kept.map;
    const map = this.analyses
      .resultText(organizationId, analysisId)
      .then((text) => (text === null ? null : (JSON.parse(text) as TeamRoleMap)));
    this.parsed.set(analysisId, { map, at: Date.now() });
    // Keep the last few only; a failed read is not kept.
    for (const key of this.parsed.keys()) {
      if (this.parsed.size <= PARSED_MAPS) break;
      this.parsed.delete(key);
    }
    void map.catch(() => this.parsed.delete(analysisId));
    return map;
  }

  private async build(
    organizationId: string,
    analysis: { id: string; completedAt: Date },
    page: number,
    pageSize: number,
    view: RoleMapView,
  ): Promise<Entry | null> {
    const parsed = await this.parsedMap(organizationId, analysis.id);
    if (parsed === null) return null;
    const map = view === 'full' ? parsed : withoutPerformance(parsed);
    const body = Buffer.from(
      JSON.stringify({
        analysisId: analysis.id,
        completedAt: new Date(analysis.completedAt).toISOString(),
        ...roleMapPage(map, { page, pageSize }),
      }),
    );
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
    // Compressed once here, not per request: writing 44 kB of a 50-member page to the socket
    // was a third of the read's CPU (BENCHMARKS.md, section 6); gzip sends about a tenth.
    const gzip = gzipSync(body, { level: 6 });
    return {
      analysisId: analysis.id,
      body,
      gzip,
      etag: `"${hash}"`,
      bytes: body.length + gzip.length,
      builtAt: Date.now(),
    };
  }

  private remember(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    if (old === entry) return;
    if (old) this.drop(key, old);
    if (entry.bytes > this.budget) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    let keys = this.keysOf.get(entry.analysisId);
    if (!keys) this.keysOf.set(entry.analysisId, (keys = new Set()));
    keys.add(key);
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.drop(oldest, value);
    }
  }

  private forget(analysisId: string): void {
    for (const key of this.keysOf.get(analysisId) ?? []) {
      const entry = this.entries.get(key);
      if (entry) this.drop(key, entry);
    }
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    const keys = this.keysOf.get(entry.analysisId);
    keys?.delete(key);
    if (keys?.size === 0) this.keysOf.delete(entry.analysisId);
  }
}
