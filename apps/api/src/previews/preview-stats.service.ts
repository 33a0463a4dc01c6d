import { Injectable } from '@nestjs/common';
import { selfSelectionRate } from '@rolefit/domain';
import { PreviewRepository, REACTION_REASONS } from '@rolefit/persistence';
import type {
  PreviewStatsDto,
  ReasonCountsDto,
  StatsCountsDto,
  VersionStatsDto,
} from './previews.dto';
import { PreviewsService } from './previews.service';
import { PreviewViewCounter } from './preview-view-counter';

type ReactionRow = Awaited<ReturnType<PreviewRepository['reactionCounts']>>[number];

@Injectable()
export class PreviewStatsService {
  constructor(
    private readonly previewRows: PreviewRepository,
    private readonly previews: PreviewsService,
    private readonly views: PreviewViewCounter,
  ) {}

  /** Views and reactions per version and in total, aggregated in SQL. */
  async stats(organizationId: string, id: string): Promise<PreviewStatsDto> {
    const preview = await this.previews.findPreview(organizationId, id);
    await this.views.flush();
    const versions = await this.previewRows.versionViews(preview.id);
    const reactions = await this.previewRows.reactionCounts(preview.id);
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
    const n = row.n;
    if (row.reaction === 'interested') {
      interested += n;
    } else {
      notForMe += n;
      notForMeByReason[row.reason ?? 'unspecified'] += n;
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
