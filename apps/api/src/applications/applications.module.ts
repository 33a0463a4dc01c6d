import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments';
import { PreviewsModule } from '../previews';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [AssessmentsModule, PreviewsModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService],
})
export class ApplicationsModule {}
