import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams';
import { AnalysesController } from './analyses.controller';
import { AnalysesService } from './analyses.service';
import { AnalysisEventStreams } from './analysis-event-stream';
import { AnalysisNotifications } from './analysis-notifications';
import { LatestAnalysisRefs } from './latest-analysis-refs';
import { RoleMapPages } from './role-map-pages';

@Module({
  imports: [TeamsModule],
  controllers: [AnalysesController],
  providers: [
    AnalysesService,
    AnalysisNotifications,
    AnalysisEventStreams,
    RoleMapPages,
    LatestAnalysisRefs,
  ],
})
export class AnalysesModule {}
