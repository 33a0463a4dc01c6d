import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser, CurrentUser, Public } from '../common/auth/current-user';
import { RateLimitGuard } from '../common/auth/rate-limit.guard';
import {
  AcceptedDto,
  AccessTokenDto,
  ChangePasswordDto,
  ConfirmPasswordDto,
  LoginDto,
  PasswordResetDto,
  SignupDto,
} from './auth.dto';
import { AuthService } from './auth.service';
import { clearedRefreshCookie, readRefreshCookie } from './refresh-cookie';
import { SessionsService, type SignedIn } from './sessions.service';
import { TokenService } from './token.service';

/**
 * Sign-up, sign-in, sessions and passwords. Sign-up, sign-in and the password-reset routes
 * are throttled per client address (AUTH_RATE_LIMIT per window, shared by all API processes);
 * sign-in also per account.
 */
@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly tokens: TokenService,
  ) {}

  @Post('auth/signup')
  @Public()
  @UseGuards(RateLimitGuard)
  @ApiOperation({ summary: 'A new organisation and its first admin; signed in (refresh cookie)' })
  @ApiCreatedResponse({ type: AccessTokenDto })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After.' })
  async signup(
    @Body() dto: SignupDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenDto> {
    return withCookie(reply, await this.auth.signup(dto));
  }

  @Post('auth/login')
  @Public()
  @UseGuards(RateLimitGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: an access token, and the refresh cookie' })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'Email or password is wrong (or the account inactive).' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts (address or account).' })
  async login(
    @Body() dto: LoginDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenDto> {
    return withCookie(reply, await this.auth.login(dto));
  }

  @Post('auth/refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'A new access token for the refresh cookie (which is rotated)',
    description:
      'Send the rolefit_refresh cookie (a same-origin browser does). The cookie is replaced ' +
      'on every use; presenting an old one ends the session (it was copied). 401 clears it.',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'No live session: sign in again.' })
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenDto> {
    const signedIn = await this.sessions.refresh(readRefreshCookie(request.headers.cookie));
    return withCookie(reply, signedIn);
  }

  @Post('auth/logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out: ends the session of the refresh cookie (and of the bearer token)',
  })
  @ApiNoContentResponse({ description: 'Signed out (also when there was nothing to end).' })
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const sessionId = bearer
      ? await this.tokens.verify(bearer).then(
          (claims) => claims.sid,
          () => undefined,
        )
      : undefined;
    await this.sessions.end(readRefreshCookie(request.headers.cookie), sessionId);
    void reply.header('set-cookie', clearedRefreshCookie());
  }

  @Post('auth/password-reset')
  @Public()
  @UseGuards(RateLimitGuard)
  @HttpCode(202)
  @ApiOperation({
    summary: 'Email a password-reset link',
    description:
      'Always 202, whether or not the address has an account. The email is in `locale`, else ' +
      'in the first of en/nb that Accept-Language names, else in English.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  async passwordReset(
    @Body() dto: PasswordResetDto,
    @Req() request: FastifyRequest,
  ): Promise<AcceptedDto> {
    await this.auth.requestPasswordReset(dto, request.headers['accept-language']);
    return { status: 'sent' };
  }

  @Post('auth/password-reset/confirm')
  @Public()
  @UseGuards(RateLimitGuard)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a password with an emailed one-time link (reset or staff invitation)',
    description:
      'A reset sets the new password and ends every session; an invitation creates the ' +
      'account. Then sign in.',
  })
  @ApiNoContentResponse({ description: 'Password set.' })
  @ApiBadRequestResponse({ description: 'The link is invalid, used or expired.' })
  async confirm(@Body() dto: ConfirmPasswordDto): Promise<void> {
    await this.auth.confirmPassword(dto);
  }

  @Post('me/password')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change your password (with the current one); your other sessions end',
  })
  @ApiNoContentResponse({ description: 'Changed.' })
  async changePassword(
    @CurrentUser() caller: AuthUser,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    await this.auth.changePassword(caller, dto);
  }
}

function withCookie(reply: FastifyReply, signedIn: SignedIn): AccessTokenDto {
  if (signedIn.cookie) void reply.header('set-cookie', signedIn.cookie);
  return { accessToken: signedIn.accessToken, expiresIn: signedIn.expiresIn };
}
