import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams/teams.module';
import { AnalysesController } from './analyses.controller';
import { AnalysesService } from './analyses.service';

@Module({ imports: [TeamsModule], controllers: [AnalysesController], providers: [AnalysesService] })
export class AnalysesModule {}
