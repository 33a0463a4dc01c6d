import { Module } from '@nestjs/common';
import { DimensionsModule } from '../dimensions';
import { JobRolesController } from './job-roles.controller';
import { JobRolesService } from './job-roles.service';

@Module({
  imports: [DimensionsModule],
  controllers: [JobRolesController],
  providers: [JobRolesService],
  exports: [JobRolesService],
})
export class JobRolesModule {}
