import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { Page, PageQuery } from '../common/pagination/pagination';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  CreateQuestionnaireDto,
  PublishQuestionnaireDto,
  PublishQuestionnaireResultDto,
  QuestionnaireDto,
  QuestionnairePageDto,
  QuestionnaireSummaryDto,
  ReliabilityRunAcceptedDto,
  ReliabilityRunDto,
  UpdateQuestionnaireDto,
  VersionQuery,
} from './questionnaires.dto';
import { Actor, CurrentActor } from '../audit';
import { QuestionnairesService } from './questionnaires.service';
import { ReliabilityService } from './reliability.service';

const questionnaireId = new UuidParamPipe('Questionnaire');

/** Recruiters and admins build questionnaires; every user of the organisation may read them. */
@ApiTags('questionnaires')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such questionnaire in your organisation.' })
@Controller('questionnaires')
export class QuestionnairesController {
  constructor(
    private readonly questionnaires: QuestionnairesService,
    private readonly reliability: ReliabilityService,
  ) {}

  @Post()
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'Create a questionnaire (version 1, draft)' })
  @ApiCreatedResponse({ type: QuestionnaireDto })
  create(
    @CurrentUser() caller: AuthUser,
    @Body() dto: CreateQuestionnaireDto,
  ): Promise<QuestionnaireDto> {
    return this.questionnaires.create(caller.organizationId, dto);
  }

  @ApiOperation({ summary: 'Questionnaires of the organisation (paginated)' })
  @Get()
  @ApiOkResponse({ type: QuestionnairePageDto })
  list(
    @CurrentUser() caller: AuthUser,
    @Query() query: PageQuery,
  ): Promise<Page<QuestionnaireSummaryDto>> {
    return this.questionnaires.list(caller.organizationId, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The latest version (the open draft, if any), or ?version=n' })
  @ApiOkResponse({ type: QuestionnaireDto })
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', questionnaireId) id: string,
    @Query() query: VersionQuery,
  ): Promise<QuestionnaireDto> {
    return this.questionnaires.get(caller.organizationId, id, query.version);
  }

  @Patch(':id')
  @Roles('admin', 'recruiter')
  @ApiOperation({
    summary: 'Edit the draft; editing a published questionnaire opens the next draft version',
  })
  @ApiOkResponse({ type: QuestionnaireDto })
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', questionnaireId) id: string,
    @Body() dto: UpdateQuestionnaireDto,
  ): Promise<QuestionnaireDto> {
    return this.questionnaires.update(caller.organizationId, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'Validate and freeze the draft version' })
  @ApiOkResponse({ type: PublishQuestionnaireResultDto })
  @ApiConflictResponse({ description: 'The latest version is already published.' })
  @ApiUnprocessableEntityResponse({
    description:
      'The draft is not valid, or asks about a topic applicants may not be asked about ' +
      '(each item, field and topic in errors).',
  })
  @ApiForbiddenResponse({ description: 'Only admins may override the forbidden-topics check.' })
  @ApiBody({ type: PublishQuestionnaireDto, required: false })
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', questionnaireId) id: string,
    @Body() dto: PublishQuestionnaireDto,
  ): Promise<PublishQuestionnaireResultDto> {
    return this.questionnaires.publish(actor, id, dto ?? {});
  }

  @Post(':id/reliability')
  @HttpCode(202)
  @Roles('admin', 'recruiter')
  @ApiOperation({
    summary: 'Queue a reliability analysis of the latest published version',
    description:
      "The worker computes, per dimension, Cronbach's alpha, corrected item–total " +
      'correlations, alpha if item deleted, item mean and SD over every complete submission ' +
      'of the LATEST PUBLISHED version (pinned now). While a run of that version is still ' +
      'queued or running, the same run is returned.',
  })
  @ApiAcceptedResponse({ type: ReliabilityRunAcceptedDto })
  @ApiConflictResponse({ description: 'The questionnaire has never been published.' })
  requestReliability(
    @CurrentUser() caller: AuthUser,
    @Param('id', questionnaireId) id: string,
  ): Promise<ReliabilityRunAcceptedDto> {
    return this.reliability.request(caller.organizationId, id);
  }

  @Get(':id/reliability')
  @ApiOperation({ summary: 'The latest reliability run, with its status and result' })
  @ApiOkResponse({ type: ReliabilityRunDto })
  latestReliability(
    @CurrentUser() caller: AuthUser,
    @Param('id', questionnaireId) id: string,
  ): Promise<ReliabilityRunDto> {
    return this.reliability.latest(caller.organizationId, id);
  }
}
