import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobRoleEntity } from '@rolefit/persistence';
import { DimensionsModule } from '../dimensions/dimensions.module';
import { JobRolesController } from './job-roles.controller';
import { JobRolesService } from './job-roles.service';

@Module({
  imports: [TypeOrmModule.forFeature([JobRoleEntity]), DimensionsModule],
  controllers: [JobRolesController],
  providers: [JobRolesService],
  exports: [JobRolesService],
})
export class JobRolesModule {}
