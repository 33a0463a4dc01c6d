import { Module } from '@nestjs/common';
import { JobRolesModule } from '../job-roles';
import { PreviewStatsService } from './preview-stats.service';
import { PreviewViewCounter } from './preview-view-counter';
import { PreviewsController } from './previews.controller';
import { PreviewsService } from './previews.service';
import { PublicPreviewCache } from './public-preview-cache';
import { PublicPreviewsController } from './public-previews.controller';
import { PublicPreviewsService } from './public-previews.service';
import { RoleOverviewController } from './role-overview.controller';

@Module({
  imports: [JobRolesModule],
  controllers: [PreviewsController, PublicPreviewsController, RoleOverviewController],
  providers: [
    PreviewsService,
    PreviewStatsService,
    PublicPreviewsService,
    PublicPreviewCache,
    PreviewViewCounter,
  ],
  exports: [PublicPreviewsService],
})
export class PreviewsModule {}
