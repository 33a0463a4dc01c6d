import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { AnalysisAcceptedDto, AnalysisDto, RequestAnalysisQuery } from './analyses.dto';
import { AnalysesService } from './analyses.service';
import { RoleMapResponseDto } from './role-map.dto';

const teamId = new UuidParamPipe('Team');

@ApiTags('team analyses')
@ApiBearerAuth()
@Controller()
export class AnalysesController {
  constructor(private readonly analyses: AnalysesService) {}

  /** 202 at once; the same snapshot asked for again returns the same analysis. */
  @ApiOperation({ summary: 'Request a team-composition analysis (computed in the background)' })
  @Post('teams/:id/analyses')
  @Roles('admin', 'manager')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AnalysisAcceptedDto })
  request(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Query() query: RequestAnalysisQuery,
  ): Promise<AnalysisAcceptedDto> {
    return this.analyses.request(caller.organizationId, id, query.force === true);
  }

  @ApiOperation({ summary: 'Status, progress and, once completed, the result of an analysis' })
  @Get('analyses/:id')
  @ApiOkResponse({ type: AnalysisDto })
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', new UuidParamPipe('Analysis')) id: string,
  ): Promise<AnalysisDto> {
    return this.analyses.get(caller.organizationId, id);
  }

  @ApiOperation({ summary: "The team's latest completed role map" })
  @Get('teams/:id/role-map')
  @ApiOkResponse({
    type: RoleMapResponseDto,
    description: 'The latest completed team-role map, with analysisId and completedAt.',
  })
  async roleMap(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
  ): Promise<RoleMapResponseDto> {
    const { analysisId, completedAt, map } = await this.analyses.latestMap(
      caller.organizationId,
      id,
    );
    return { analysisId, completedAt, ...map };
  }

  @ApiOperation({ summary: "The team's latest completed role map as an SVG heatmap" })
  @Get('teams/:id/role-map.svg')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({
    description: 'A heatmap of members × roles, ready to paste into a slide.',
    content: { 'image/svg+xml': { schema: { type: 'string' } } },
  })
  async roleMapSvg(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const svg = await this.analyses.latestSvg(caller.organizationId, id);
    void reply.header('content-type', 'image/svg+xml; charset=utf-8');
    return svg;
  }
}
