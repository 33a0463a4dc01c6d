import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { type Page, PageQuery } from '../common/pagination/pagination';
import {
  AnalysisAcceptedDto,
  AnalysisDto,
  AnalysisHistoryEntryDto,
  AnalysisHistoryPageDto,
  RequestAnalysisQuery,
  RoleMapQuery,
} from './analyses.dto';
import { AnalysisEventStreams } from './analysis-event-stream';
import { AnalysesService } from './analyses.service';
import { RoleMapResponseDto } from './role-map.dto';
import { acceptsGzip, etagMatches } from '../common/http/negotiation';

const teamId = new UuidParamPipe('Team');

@ApiTags('team analyses')
@ApiBearerAuth()
@Controller()
export class AnalysesController {
  constructor(
    private readonly analyses: AnalysesService,
    private readonly streams: AnalysisEventStreams,
  ) {}

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
    return this.analyses.request(caller, id, query.force === true);
  }

  @ApiOperation({ summary: 'Status, progress and, once completed, the result of an analysis' })
  @Get('analyses/:id')
  @ApiOkResponse({ type: AnalysisDto })
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', new UuidParamPipe('Analysis')) id: string,
  ): Promise<AnalysisDto> {
    return this.analyses.get(caller, id);
  }

  @ApiOperation({ summary: "A team's analyses, newest first, with their dates and mean fit" })
  @Get('teams/:id/analyses')
  @ApiOkResponse({
    type: AnalysisHistoryPageDto,
    description: 'The team’s analyses, newest first, with mean fit now and optimal once completed.',
  })
  history(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<AnalysisHistoryEntryDto>> {
    return this.analyses.history(caller, id, query);
  }

  /**
   * Server-sent events: `progress` {id, status, progress} for the current state and each
   * change, then `completed` {id, status, progress, completedAt} or `failed` {id, status,
   * progress, error}, and the stream ends.
   */
  @ApiOperation({
    summary: "An analysis' progress as server-sent events, then its final status",
  })
  @Get('analyses/:id/events')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'A text/event-stream: `event: progress` with `data: {"id","status","progress"}` for the ' +
      'current state and every change, then one `event: completed` (`data` adds `completedAt`) ' +
      'or `event: failed` (`data` adds `error`), then the stream ends. Send the bearer token ' +
      'as for any route (read the stream with fetch; EventSource cannot send headers). ' +
      'Streams also end after 10 minutes; reconnect, or poll GET /analyses/{id}.',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  async events(
    @CurrentUser() caller: AuthUser,
    @Param('id', new UuidParamPipe('Analysis')) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const state = await this.analyses.state(caller, id);
    this.streams.stream(reply, caller.organizationId, state);
  }

  @ApiOperation({ summary: "The team's latest completed role map, a page of members at a time" })
  @Get('teams/:id/role-map')
  @ApiOkResponse({
    type: RoleMapResponseDto,
    description:
      'The latest completed team-role map, paged by members (500 a page by default): the ' +
      'page’s members with their fit rows, assignments, moves, coaching and low-fit gaps; the ' +
      'roles, totals, mean fits and empty slots of the whole team. Sent with an ETag; ' +
      '`If-None-Match` gives 304.',
    headers: { ETag: { description: 'Changes with the content', schema: { type: 'string' } } },
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag in If-None-Match.' })
  async roleMap(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Query() query: RoleMapQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    const page = await this.analyses.latestMapPage(caller, id, query.page, query.pageSize);
    void reply
      .header('etag', page.etag)
      .header('cache-control', 'private, no-cache')
      .header('vary', 'accept-encoding');
    if (etagMatches(ifNoneMatch, page.etag)) {
      void reply.code(304);
      return '';
    }
    // Already-serialised JSON, gzipped once when the page was built: sent as it is.
    void reply.header('content-type', 'application/json; charset=utf-8');
    if (!acceptsGzip(acceptEncoding)) return page.body;
    void reply.header('content-encoding', 'gzip');
    return page.gzip;
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
    const svg = await this.analyses.latestSvg(caller, id);
    void reply.header('content-type', 'image/svg+xml; charset=utf-8');
    return svg;
  }
}
