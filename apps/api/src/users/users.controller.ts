import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { CreateUserDto, MeDto, UserDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({ summary: 'The signed-in user and their organisation' })
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() caller: AuthUser): Promise<MeDto> {
    return this.users.me(caller);
  }

  /** Admins add recruiters, managers and other admins to their own organisation. */
  @ApiOperation({ summary: 'Add a user to the organisation (admin)' })
  @Post('users')
  @Roles('admin')
  @ApiCreatedResponse({ type: UserDto })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(caller, dto);
  }
}
