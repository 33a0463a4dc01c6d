import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { Page } from '../common/pagination/pagination';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  AssessmentInvitationDto,
  AssessmentResentDto,
  AssessmentResultDto,
  CandidatePageDto,
  CandidateQuery,
  CreateAssessmentDto,
} from './assessments.dto';
import { AssessmentsService } from './assessments.service';
import { Actor, AuditLog, CurrentActor } from '../audit';

const roleId = new UuidParamPipe('Job role');

/**
 * Recruiters invite candidates and read their explained, ranked results; managers may invite
 * members of their teams and read single results.
 */
@ApiTags('assessments')
@ApiBearerAuth()
@Controller()
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditLog,
  ) {}

  @Post('job-roles/:id/assessments')
  // Managers too, for members of the teams they manage (their profile questionnaire).
  @Roles('admin', 'recruiter', 'manager')
  @ApiOperation({
    summary: 'Invite a candidate: 201 with the link when created, 200 when re-sent by email',
    description:
      'Pins the latest published version of the questionnaire linked to the role and emails ' +
      'the candidate their private link ({PUBLIC_URL}/a#{token}). The token (256 random ' +
      'bits) is returned only when the assessment is created; only its hash (and a sealed ' +
      'copy for re-sending) is stored; it expires after ASSESSMENT_TOKEN_TTL_DAYS. An email ' +
      'that already has an open assessment for this role gets ITS link re-sent to ITS ' +
      'address (200 {id, expiresAt, resent: true}); the link is never changed or shown. ' +
      'Within RETAKE_COOLDOWN_DAYS of a submission: 409. Managers may invite only members ' +
      'of teams they manage.',
  })
  @ApiCreatedResponse({ type: AssessmentInvitationDto })
  @ApiOkResponse({ type: AssessmentResentDto })
  @ApiNotFoundResponse({ description: 'No such job role in your organisation.' })
  @ApiConflictResponse({
    description: 'The role has no published questionnaire, or the retake cooldown applies.',
  })
  @ApiForbiddenResponse({ description: 'A manager inviting someone outside their teams.' })
  async invite(
    @CurrentUser() caller: AuthUser,
    @Param('id', roleId) id: string,
    @Body() dto: CreateAssessmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AssessmentInvitationDto | AssessmentResentDto> {
    const outcome = await this.assessments.invite(caller, id, dto);
    if ('resent' in outcome) void reply.status(200);
    return outcome;
  }

  @Get('job-roles/:id/candidates')
  @Roles('admin', 'recruiter')
  @ApiOperation({
    summary: 'Scored candidates of a role, ranked by fit, with percentiles',
    description:
      'Only submitted (scored) assessments. Percentiles are among the scored assessments of ' +
      'the same questionnaire version and role, computed when read.',
  })
  @ApiOkResponse({ type: CandidatePageDto })
  @ApiNotFoundResponse({ description: 'No such job role in your organisation.' })
  async candidates(
    @CurrentActor() actor: Actor,
    @Param('id', roleId) id: string,
    @Query() query: CandidateQuery,
  ): Promise<Page<AssessmentResultDto>> {
    const page = await this.assessments.candidates(actor.organizationId, id, query);
    // Every staff read of candidate data is audited, with the candidates it showed.
    await this.audit.staff(
      actor,
      'candidates.list',
      { type: 'job-role', id },
      { assessmentIds: page.items.map((c) => c.id) },
    );
    return page;
  }

  @Get('assessments/:id')
  @Roles('admin', 'recruiter', 'manager')
  @ApiOperation({ summary: 'An assessment and, once submitted, its explained result' })
  @ApiOkResponse({ type: AssessmentResultDto })
  @ApiNotFoundResponse({
    description:
      'No such assessment in your organisation (for a manager: of a member of their teams).',
  })
  async result(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe('Assessment')) id: string,
  ): Promise<AssessmentResultDto> {
    const result = await this.assessments.result(actor, id);
    await this.audit.staff(actor, 'assessment.read', { type: 'assessment', id });
    return result;
  }
}
