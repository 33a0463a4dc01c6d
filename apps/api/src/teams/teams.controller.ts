import { BodyLimit } from '../common/http/body-limit';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { Page, PageQuery } from '../common/pagination/pagination';
import { ArrayBodyPipe } from '../common/problem/array-body.pipe';
import { createValidationPipe } from '../common/problem/validation.pipe';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  BulkMembersDto,
  CreateTeamDto,
  MemberDto,
  MemberPageDto,
  MembersAddedDto,
  RequirementDto,
  TeamDto,
  TeamMemberViewDto,
  TeamPageDto,
  UpdateMemberDto,
  UpdateTeamDto,
} from './teams.dto';
import { TeamsService } from './teams.service';

/** 10,000 members with full profiles are about 4 MB of JSON. */
export const BULK_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

const teamId = new UuidParamPipe('Team');
const memberId = new UuidParamPipe('Member');
const validation = createValidationPipe();

/**
 * Managers (and admins) maintain teams: members, their current roles, the roles needed. A
 * manager reaches only the teams they manage (any other answers 404); recruiters read teams
 * and members, without the members' performance.
 */
@ApiTags('teams')
@ApiBearerAuth()
@ApiExtraModels(MemberDto, BulkMembersDto)
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @ApiOperation({ summary: 'Create a team' })
  @Post()
  @Roles('admin', 'manager')
  @ApiCreatedResponse({ type: TeamDto })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateTeamDto): Promise<TeamDto> {
    return this.teams.create(caller, dto);
  }

  @ApiOperation({
    summary: 'Teams of the organisation (paginated); for a manager, the teams they manage',
  })
  @Get()
  @ApiOkResponse({ type: TeamPageDto })
  list(@CurrentUser() caller: AuthUser, @Query() query: PageQuery): Promise<Page<TeamDto>> {
    return this.teams.list(caller, query);
  }

  @ApiOperation({ summary: 'One team with its requirements' })
  @Get(':id')
  @ApiOkResponse({ type: TeamDto })
  get(@CurrentUser() caller: AuthUser, @Param('id', teamId) id: string): Promise<TeamDto> {
    return this.teams.getDto(caller, id);
  }

  @ApiOperation({ summary: 'Rename a team or change its manager' })
  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOkResponse({ type: TeamDto })
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Body() dto: UpdateTeamDto,
  ): Promise<TeamDto> {
    return this.teams.update(caller, id, dto);
  }

  @ApiOperation({ summary: 'Members of a team (paginated)' })
  @Get(':id/members')
  @ApiOkResponse({ type: MemberPageDto })
  members(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<TeamMemberViewDto>> {
    return this.teams.listMembers(caller, id, query);
  }

  @ApiOperation({ summary: 'Add one member, or many at once with {members: [...]}' })
  @Post(':id/members')
  @BodyLimit(BULK_BODY_LIMIT_BYTES)
  @Roles('admin', 'manager')
  @ApiBody({
    description: 'One member, or `{ members: [...] }` with up to 10,000 (all or nothing).',
    schema: {
      oneOf: [{ $ref: getSchemaPath(MemberDto) }, { $ref: getSchemaPath(BulkMembersDto) }],
    },
  })
  @ApiCreatedResponse({ type: MembersAddedDto })
  async addMembers(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Body() body: unknown,
  ): Promise<MembersAddedDto> {
    const isBulk = typeof body === 'object' && body !== null && 'members' in body;
    if (isBulk) {
      const dto = (await validation.transform(body, {
        type: 'body',
        metatype: BulkMembersDto,
      })) as BulkMembersDto;
      return this.teams.addMembers(caller, id, dto.members, true);
    }
    const dto = (await validation.transform(body, {
      type: 'body',
      metatype: MemberDto,
    })) as MemberDto;
    return this.teams.addMembers(caller, id, [dto], false);
  }

  @ApiOperation({ summary: 'Change a member (only the fields given)' })
  @Patch(':id/members/:memberId')
  @Roles('admin', 'manager')
  @ApiOkResponse({ type: TeamMemberViewDto })
  updateMember(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Param('memberId', memberId) member: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<TeamMemberViewDto> {
    return this.teams.updateMember(caller, id, member, dto);
  }

  /** Takes a member off the team (someone who left); past analyses keep their snapshot. */
  @ApiOperation({ summary: 'Remove a member from the team' })
  @Delete(':id/members/:memberId')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed.' })
  removeMember(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Param('memberId', memberId) member: string,
  ): Promise<void> {
    return this.teams.removeMember(caller, id, member);
  }

  @ApiOperation({ summary: 'Replace the slots per job role the team needs' })
  @Put(':id/requirements')
  @Roles('admin', 'manager')
  @ApiBody({ type: [RequirementDto] })
  @ApiOkResponse({ type: [RequirementDto] })
  setRequirements(
    @CurrentUser() caller: AuthUser,
    @Param('id', teamId) id: string,
    @Body(new ArrayBodyPipe(RequirementDto))
    requirements: RequirementDto[],
  ): Promise<RequirementDto[]> {
    return this.teams.setRequirements(caller, id, requirements);
  }
}
