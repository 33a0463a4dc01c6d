import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { RateLimitGuard } from '../common/auth/rate-limit.guard';
import { Public } from '../common/auth/current-user';
import { AccessTokenDto, LoginDto, SignupDto } from './auth.dto';
import { AuthService } from './auth.service';

/** Signup and login are throttled per client address (AUTH_RATE_LIMIT per window). */
@ApiTags('auth')
@Public()
@UseGuards(RateLimitGuard)
@ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After.' })
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @ApiOperation({ summary: 'Create an organisation and its first admin; returns an access token' })
  @Post('signup')
  @ApiCreatedResponse({ type: AccessTokenDto })
  signup(@Body() dto: SignupDto): Promise<AccessTokenDto> {
    return this.auth.signup(dto);
  }

  @ApiOperation({ summary: 'Sign in with email and password; returns an access token' })
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AccessTokenDto })
  login(@Body() dto: LoginDto): Promise<AccessTokenDto> {
    return this.auth.login(dto);
  }
}
