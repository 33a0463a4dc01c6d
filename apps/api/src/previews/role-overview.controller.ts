import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RoleOverviewRepository } from '@rolefit/persistence';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { Page, PageQuery, pageOf } from '../common/pagination/pagination';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { JobRolesService } from '../job-roles';
import { PreviewViewCounter } from './preview-view-counter';
import { RoleFunnelDto, RolePreviewDto, RolePreviewPageDto } from './role-overview.dto';

const roleId = new UuidParamPipe('Job role');

/** What the recruiter's overview shows per job role: its previews and its funnel. */
@ApiTags('job previews')
@ApiBearerAuth()
@Controller('job-roles/:id')
export class RoleOverviewController {
  constructor(
    private readonly jobRoles: JobRolesService,
    private readonly overview: RoleOverviewRepository,
    private readonly views: PreviewViewCounter,
  ) {}

  @Get('previews')
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'List the previews of a job role' })
  @ApiOkResponse({ type: RolePreviewPageDto })
  async previews(
    @CurrentUser() caller: AuthUser,
    @Param('id', roleId) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<RolePreviewDto>> {
    const role = await this.jobRoles.get(caller.organizationId, id);
    const [items, total] = await this.overview.previews(
      caller.organizationId,
      role.id,
      query.skip,
      query.pageSize,
    );
    return pageOf(items, total, query);
  }

  @Get('funnel')
  @Roles('admin', 'recruiter')
  @ApiOperation({
    summary: 'Candidates of a job role from views to submitted and eligible',
  })
  @ApiOkResponse({ type: RoleFunnelDto })
  async funnel(
    @CurrentUser() caller: AuthUser,
    @Param('id', roleId) id: string,
  ): Promise<RoleFunnelDto> {
    const role = await this.jobRoles.get(caller.organizationId, id);
    await this.views.flush();
    return this.overview.funnel(caller.organizationId, role.id);
  }
}
