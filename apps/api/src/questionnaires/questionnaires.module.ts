import { Module } from '@nestjs/common';
import { DimensionsModule } from '../dimensions';
import { QuestionnairesController } from './questionnaires.controller';
import { QuestionnairesService } from './questionnaires.service';
import { ReliabilityService } from './reliability.service';

@Module({
  imports: [DimensionsModule],
  controllers: [QuestionnairesController],
  providers: [QuestionnairesService, ReliabilityService],
  exports: [QuestionnairesService],
})
export class QuestionnairesModule {}
