import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { Page } from '../common/pagination/pagination';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  CreateJobRoleDto,
  JobRoleDto,
  JobRoleListQuery,
  JobRolePageDto,
  UpdateJobRoleDto,
} from './job-roles.dto';
import { JobRolesService } from './job-roles.service';

const roleId = new UuidParamPipe('Job role');

/** Recruiters and admins define roles; managers read them for their teams. */
@ApiTags('job roles')
@ApiBearerAuth()
@Controller('job-roles')
export class JobRolesController {
  constructor(private readonly roles: JobRolesService) {}

  @ApiOperation({ summary: 'Create a job role with its target profile and channel mix' })
  @Post()
  @Roles('admin', 'recruiter')
  @ApiCreatedResponse({ type: JobRoleDto })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateJobRoleDto): Promise<JobRoleDto> {
    return this.roles.create(caller.organizationId, dto);
  }

  @ApiOperation({ summary: 'Job roles of the organisation (paginated)' })
  @Get()
  @ApiOkResponse({ type: JobRolePageDto })
  list(
    @CurrentUser() caller: AuthUser,
    @Query() query: JobRoleListQuery,
  ): Promise<Page<JobRoleDto>> {
    return this.roles.list(caller.organizationId, query);
  }

  @ApiOperation({ summary: 'One job role' })
  @Get(':id')
  @ApiOkResponse({ type: JobRoleDto })
  get(@CurrentUser() caller: AuthUser, @Param('id', roleId) id: string): Promise<JobRoleDto> {
    return this.roles.getDto(caller.organizationId, id);
  }

  @ApiOperation({ summary: 'Change a job role (partial)' })
  @Patch(':id')
  @Roles('admin', 'recruiter')
  @ApiOkResponse({ type: JobRoleDto })
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', roleId) id: string,
    @Body() dto: UpdateJobRoleDto,
  ): Promise<JobRoleDto> {
    return this.roles.update(caller.organizationId, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('admin', 'recruiter')
  @ApiOperation({
    summary: 'Archive a role: hidden from lists, previews unpublished, candidates kept',
  })
  @ApiOkResponse({ type: JobRoleDto })
  archive(@CurrentUser() caller: AuthUser, @Param('id', roleId) id: string): Promise<JobRoleDto> {
    return this.roles.archive(caller.organizationId, id);
  }

  @Delete(':id')
  @Roles('admin', 'recruiter')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a role without candidates (one with candidates: archive it)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The role has candidates; archive it instead.' })
  remove(@CurrentUser() caller: AuthUser, @Param('id', roleId) id: string): Promise<void> {
    return this.roles.remove(caller.organizationId, id);
  }
}
