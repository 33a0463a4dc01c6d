import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
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
  AssessmentResultDto,
  CandidatePageDto,
  CandidateQuery,
  CreateAssessmentDto,
} from './assessments.dto';
import { AssessmentsService } from './assessments.service';

const roleId = new UuidParamPipe('Job role');

/**
 * Recruiters invite candidates and read their explained, ranked results; managers may invite
 * team members and read single results.
 */
@ApiTags('assessments')
@ApiBearerAuth()
@Controller()
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Post('job-roles/:id/assessments')
  // Managers too: team members take the questionnaire for their profile.
  @Roles('admin', 'recruiter', 'manager')
  @ApiOperation({
    summary: 'Invite a candidate: returns the private token once',
    description:
      'Pins the latest published version of the questionnaire linked to the role. The token ' +
      '(256 random bits, base64url) is shown only here; only its SHA-256 is stored; it ' +
      'expires after ASSESSMENT_TOKEN_TTL_DAYS. An email with an open assessment for this ' +
      'role gets that assessment back with a fresh token (the old one stops working).',
  })
  @ApiCreatedResponse({ type: AssessmentInvitationDto })
  @ApiNotFoundResponse({ description: 'No such job role in your organisation.' })
  @ApiConflictResponse({ description: 'The role has no published questionnaire.' })
  invite(
    @CurrentUser() caller: AuthUser,
    @Param('id', roleId) id: string,
    @Body() dto: CreateAssessmentDto,
  ): Promise<AssessmentInvitationDto> {
    return this.assessments.invite(caller.organizationId, id, dto);
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
  candidates(
    @CurrentUser() caller: AuthUser,
    @Param('id', roleId) id: string,
    @Query() query: CandidateQuery,
  ): Promise<Page<AssessmentResultDto>> {
    return this.assessments.candidates(caller.organizationId, id, query);
  }

  @Get('assessments/:id')
  @Roles('admin', 'recruiter', 'manager')
  @ApiOperation({ summary: 'An assessment and, once submitted, its explained result' })
  @ApiOkResponse({ type: AssessmentResultDto })
  @ApiNotFoundResponse({ description: 'No such assessment in your organisation.' })
  result(
    @CurrentUser() caller: AuthUser,
    @Param('id', new UuidParamPipe('Assessment')) id: string,
  ): Promise<AssessmentResultDto> {
    return this.assessments.result(caller.organizationId, id);
  }
}
