import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { selfSelectionRate } from '@rolefit/domain';
import { REACTION_REASONS } from '@rolefit/persistence';
import { DataSource } from 'typeorm';
import type {
  PreviewStatsDto,
  ReasonCountsDto,
  StatsCountsDto,
  VersionStatsDto,
} from './previews.dto';
import { PreviewsService } from './previews.service';
import { PreviewViewCounter } from './preview-view-counter';

interface VersionRow {
  version: number;
  views: number;
}

interface ReactionRow {
  version: number;
  reaction: 'interested' | 'not_for_me';
  reason: string | null;
  n: string;
}

@Injectable()
export class PreviewStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly previews: PreviewsService,
    private readonly views: PreviewViewCounter,
  ) {}

  /** Views and reactions per version and in total, aggregated in SQL. */
  async stats(organizationId: string, id: string): Promise<PreviewStatsDto> {
    const preview = await this.previews.findPreview(this.dataSource.manager, organizationId, id);
    await this.views.flush();
    const versions: VersionRow[] = await this.dataSource.query(
      `SELECT version, views FROM job_preview_versions
        WHERE preview_id = $1 AND status <> 'draft' ORDER BY version`,
      [preview.id],
    );
    const reactions: ReactionRow[] = await this.dataSource.query(
      `SELECT version, reaction, reason, count(*) AS n FROM preview_reactions
        WHERE preview_id = $1 GROUP BY version, reaction, reason`,
      [preview.id],
    );
    const byVersion = versions.map((v): VersionStatsDto => ({
      version: v.version,
      ...counts(
        v.views,
        reactions.filter((r) => r.version === v.version),
      ),
    }));
    return { ...sum(byVersion), byVersion };
  }
}

function emptyReasons(): ReasonCountsDto {
  const out = { unspecified: 0 } as ReasonCountsDto;
  for (const reason of REACTION_REASONS) out[reason] = 0;
  return out;
}

function counts(views: number, reactions: ReactionRow[]): StatsCountsDto {
  const notForMeByReason = emptyReasons();
  let interested = 0;
  let notForMe = 0;
  for (const row of reactions) {
    const n = Number(row.n);
    if (row.reaction === 'interested') {
      interested += n;
    } else {
      notForMe += n;
      notForMeByReason[(row.reason ?? 'unspecified') as keyof ReasonCountsDto] += n;
    }
  }
  return {
    views,
    interested,
    notForMe,
    notForMeByReason,
    selfSelectionRate: selfSelectionRate({ views, interested, notForMe }),
  };
}

function sum(versions: VersionStatsDto[]): StatsCountsDto {
  const total = { views: 0, interested: 0, notForMe: 0, notForMeByReason: emptyReasons() };
  for (const v of versions) {
    total.views += v.views;
    total.interested += v.interested;
    total.notForMe += v.notForMe;
    for (const key of Object.keys(total.notForMeByReason) as (keyof ReasonCountsDto)[]) {
      total.notForMeByReason[key] += v.notForMeByReason[key];
    }
  }
  const { views, interested, notForMe } = total;
  return { ...total, selfSelectionRate: selfSelectionRate({ views, interested, notForMe }) };
}
