import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../common/auth/current-user';
import { Page, PageQuery } from '../common/pagination/pagination';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { Actor, CurrentActor } from '../audit';
import {
  AuditEventDto,
  AuditEventPageDto,
  AuditEventQuery,
  CreateDecisionDto,
  DecisionDto,
  DecisionPageDto,
  ErasureDto,
  ErasureResultDto,
  OrganizationDto,
  UpdateOrganizationDto,
} from './rights.dto';
import { StaffRightsService } from './staff-rights.service';

const assessmentId = new UuidParamPipe('Assessment');

@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class OrganizationController {
  constructor(private readonly rights: StaffRightsService) {}

  @Get('organization')
  @Roles('admin')
  @ApiOperation({ summary: 'Your organisation’s privacy settings and privacy notice' })
  @ApiOkResponse({ type: OrganizationDto })
  organization(@CurrentActor() actor: Actor): Promise<OrganizationDto> {
    return this.rights.organization(actor);
  }

  @Patch('organization')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change the name, retention, result sharing or privacy notice (audited)',
    description: 'A new privacy notice text (both languages) becomes the next version.',
  })
  @ApiOkResponse({ type: OrganizationDto })
  update(
    @CurrentActor() actor: Actor,
    @Body() dto: UpdateOrganizationDto,
  ): Promise<OrganizationDto> {
    return this.rights.updateOrganization(actor, dto);
  }

  @Get('audit-events')
  @Roles('admin')
  @ApiOperation({
    summary: 'The audit log, newest first (read-only)',
    description:
      'Staff reads of candidate data and results, exports, decisions, erasures and settings ' +
      'changes: who, what, when and from which address. It cannot be changed through the API.',
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  auditEvents(
    @CurrentActor() actor: Actor,
    @Query() query: AuditEventQuery,
  ): Promise<Page<AuditEventDto>> {
    return this.rights.auditEvents(actor, query);
  }
}

@ApiTags('assessments')
@ApiBearerAuth()
@Controller()
export class DecisionsController {
  constructor(private readonly rights: StaffRightsService) {}

  @Post('assessments/:id/decisions')
  @Roles('admin', 'recruiter')
  @ApiOperation({
    summary: 'Record a person’s decision: move the candidate to a stage',
    description:
      'Every change is made by the signed-in user, with an optional reason, and kept in the ' +
      'history. Scores, knock-outs and minimums never move a candidate by themselves.',
  })
  @ApiCreatedResponse({ type: DecisionDto })
  @ApiNotFoundResponse({ description: 'No such assessment in your organisation.' })
  @ApiConflictResponse({ description: 'Withdrawn, erased, or already in that stage.' })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', assessmentId) id: string,
    @Body() dto: CreateDecisionDto,
  ): Promise<DecisionDto> {
    return this.rights.decide(actor, id, dto);
  }

  @Get('assessments/:id/decisions')
  @Roles('admin', 'recruiter', 'manager')
  @ApiOperation({ summary: 'The stage history: who decided what, when and why (oldest first)' })
  @ApiOkResponse({ type: DecisionPageDto })
  @ApiNotFoundResponse({
    description:
      'No such assessment in your organisation (for a manager: of a member of their teams).',
  })
  decisions(
    @CurrentActor() actor: Actor,
    @Param('id', assessmentId) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<DecisionDto>> {
    return this.rights.decisions(actor, id, query);
  }

  @Post('assessments/:id/erasure')
  @HttpCode(200)
  @Roles('admin', 'recruiter')
  @ApiOperation({
    summary: 'Erase a candidate’s personal data on request (reason recorded)',
    description:
      'Name, email, answers and free text are removed at once and the link stops working; ' +
      'scores stay without identity, so norms and reliability do not change.',
  })
  @ApiOkResponse({ type: ErasureResultDto })
  @ApiNotFoundResponse({ description: 'No such assessment in your organisation.' })
  @ApiConflictResponse({ description: 'Already erased.' })
  erase(
    @CurrentActor() actor: Actor,
    @Param('id', assessmentId) id: string,
    @Body() dto: ErasureDto,
  ): Promise<ErasureResultDto> {
    return this.rights.eraseAssessment(actor, id, dto.reason);
  }

  @Post('teams/:id/members/:memberId/erasure')
  @HttpCode(200)
  @Roles('admin', 'recruiter', 'manager')
  @ApiOperation({
    summary: 'Erase a team member’s name, email and performance (reason recorded)',
    description:
      'The profile stays (without identity); the name is replaced in the team’s stored ' +
      'analyses. Managers may erase members of teams they manage.',
  })
  @ApiOkResponse({ type: ErasureResultDto })
  @ApiNotFoundResponse({
    description: 'No such team or member in your organisation (or, for a manager, in their teams).',
  })
  eraseMember(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe('Team member')) teamId: string,
    @Param('memberId', new UuidParamPipe('Team member')) memberId: string,
    @Body() dto: ErasureDto,
  ): Promise<ErasureResultDto> {
    return this.rights.eraseTeamMember(actor, teamId, memberId, dto.reason);
  }
}
