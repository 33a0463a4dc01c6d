import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { PreviewContentDto, PreviewDto, PreviewStatsDto, PublishResultDto } from './previews.dto';
import { PreviewStatsService } from './preview-stats.service';
import { PreviewsService } from './previews.service';

const previewId = new UuidParamPipe('Preview');

@ApiTags('job previews')
@ApiBearerAuth()
@Controller()
export class PreviewsController {
  constructor(
    private readonly previews: PreviewsService,
    private readonly stats: PreviewStatsService,
  ) {}

  @ApiOperation({ summary: 'Start a new draft job preview for a role' })
  @Post('job-roles/:id/previews')
  @Roles('admin', 'recruiter')
  @ApiCreatedResponse({ type: PreviewDto, description: 'A new draft (version 1).' })
  create(
    @CurrentUser() caller: AuthUser,
    @Param('id', new UuidParamPipe('Job role')) jobRoleId: string,
    @Body() dto: PreviewContentDto,
  ): Promise<PreviewDto> {
    return this.previews.create(caller.organizationId, jobRoleId, dto);
  }

  @ApiOperation({ summary: 'One job preview version (draft, published or archived)' })
  @Get('previews/:id')
  @ApiOkResponse({
    type: PreviewDto,
    description: 'The open draft, or the latest published version.',
  })
  get(@CurrentUser() caller: AuthUser, @Param('id', previewId) id: string): Promise<PreviewDto> {
    return this.previews.get(caller.organizationId, id);
  }

  @ApiOperation({ summary: 'Edit a draft preview (a published one gets a new draft version)' })
  @Patch('previews/:id')
  @Roles('admin', 'recruiter')
  @ApiOkResponse({
    type: PreviewDto,
    description: 'Editing a published preview opens the next version.',
  })
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', previewId) id: string,
    @Body() dto: PreviewContentDto,
  ): Promise<PreviewDto> {
    return this.previews.update(caller.organizationId, id, dto);
  }

  @ApiOperation({ summary: 'Check and publish a preview; returns its public slug and version' })
  @Post('previews/:id/publish')
  @Roles('admin', 'recruiter')
  @HttpCode(200)
  @ApiOkResponse({ type: PublishResultDto })
  publish(
    @CurrentUser() caller: AuthUser,
    @Param('id', previewId) id: string,
  ): Promise<PublishResultDto> {
    return this.previews.publish(caller.organizationId, id);
  }

  @ApiOperation({ summary: 'Views, reactions by reason and the self-selection rate of a preview' })
  @Get('previews/:id/stats')
  @Roles('admin', 'recruiter')
  @ApiOkResponse({ type: PreviewStatsDto })
  getStats(
    @CurrentUser() caller: AuthUser,
    @Param('id', previewId) id: string,
  ): Promise<PreviewStatsDto> {
    return this.stats.stats(caller.organizationId, id);
  }
}
