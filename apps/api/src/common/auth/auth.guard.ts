import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { USER_ROLES, UserRole } from '@rolefit/persistence';
import { TokenService, type AccessTokenClaims } from '../../auth';
import { ProblemException } from '../problem/problem-exception';
import { AuthUser, IS_PUBLIC, ROLES } from './current-user';
import { SessionCallers } from './session-callers';

/**
 * Global guard: every route needs a valid bearer token unless marked @Public(), and the
 * caller's role must be one the route allows (@Roles). Tokens are verified with the pinned
 * algorithm, issuer and audience, so a forged, `alg: none` or foreign token is refused. Then
 * the session the token names must be live and its user active, and the user's CURRENT role
 * and organisation are used: sign-out, deactivation, deletion, a password change or a
 * demotion take effect on the very next request, not when the token expires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionCallers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: AuthUser }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.?[A-Za-z0-9\-_.+/=]*)$/.exec(
      header,
    );
    if (!match) throw unauthorized('A bearer access token is required');

    let claims: AccessTokenClaims;
    try {
      claims = await this.tokens.verify(match[1]);
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw unauthorized(expired ? 'The access token has expired' : 'The access token is invalid');
    }
    if (!claims.sub || !claims.org || !claims.sid || !USER_ROLES.includes(claims.role)) {
      throw unauthorized('The access token is invalid');
    }
    if (!isUuid(claims.sid) || !isUuid(claims.sub))
      throw unauthorized('The access token is invalid');
    const caller = await this.sessions.caller(claims.sid, claims.sub);
    if (!caller) throw unauthorized('The session has ended; sign in again');
    request.user = { ...caller, sessionId: claims.sid };

    const allowed = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (allowed && !allowed.includes(caller.role)) {
      throw new ProblemException(403, `This action needs one of the roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function unauthorized(detail: string): ProblemException {
  return new ProblemException(401, detail, undefined, { 'www-authenticate': 'Bearer' });
}
