import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { AcceptedDto } from '../auth';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { Page, PageQuery } from '../common/pagination/pagination';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  CreateUserDto,
  InviteUserDto,
  MeDto,
  UpdateUserDto,
  UserDto,
  UserPageDto,
} from './users.dto';
import { UsersService } from './users.service';

const userId = new UuidParamPipe('User');

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user and their organisation' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() caller: AuthUser): Promise<MeDto> {
    return this.users.me(caller);
  }

  @Get('users')
  @Roles('admin')
  @ApiOperation({ summary: 'The users of your organisation (paginated)' })
  @ApiOkResponse({ type: UserPageDto })
  list(@CurrentUser() caller: AuthUser, @Query() query: PageQuery): Promise<Page<UserDto>> {
    return this.users.list(caller, query);
  }

  /** Admins add recruiters, managers and other admins to their own organisation. */
  @Post('users')
  @Roles('admin')
  @ApiOperation({
    summary: 'Add a user with a password you choose (prefer an invitation)',
    description: 'Throttled and capped per organisation (USER_INVITE_RATE_LIMIT per hour).',
  })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'The email has an account, or the user cap is reached.' })
  @ApiTooManyRequestsResponse({ description: 'Too many new users this hour.' })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(caller, dto);
  }

  @Post('users/invitations')
  @Roles('admin')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Invite someone by email; they choose their own password',
    description:
      'Emails a one-time link ({PUBLIC_URL}/app/invitation#<token>, valid INVITATION_TTL_DAYS) ' +
      'used with POST /auth/password-reset/confirm. Always 202, whether or not the address ' +
      'has an account anywhere. Throttled and capped per organisation.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiTooManyRequestsResponse({ description: 'Too many invitations this hour.' })
  async invite(
    @CurrentUser() caller: AuthUser,
    @Body() dto: InviteUserDto,
    @Req() request: FastifyRequest,
  ): Promise<AcceptedDto> {
    await this.users.invite(caller, dto, request.headers['accept-language']);
    return { status: 'sent' };
  }

  @Patch('users/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change a user’s role, or deactivate/reactivate them',
    description:
      'Takes effect on the user’s next request. Deactivating ends their sessions. The ' +
      'organisation always keeps at least one active admin (409 otherwise).',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ description: 'No such user in your organisation.' })
  @ApiConflictResponse({ description: 'It would leave no active admin.' })
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', userId) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserDto> {
    return this.users.update(caller, id, dto);
  }

  @Delete('users/:id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a user (their sessions end; their teams keep going)' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiNotFoundResponse({ description: 'No such user in your organisation.' })
  @ApiConflictResponse({ description: 'It would leave no active admin.' })
  async remove(@CurrentUser() caller: AuthUser, @Param('id', userId) id: string): Promise<void> {
    await this.users.remove(caller, id);
  }
}
