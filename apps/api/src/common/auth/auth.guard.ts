import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { USER_ROLES, UserRole } from '@rolefit/persistence';
import { ProblemException } from '../problem/problem-exception';
import { AuthUser, IS_PUBLIC, ROLES } from './current-user';

interface AccessTokenClaims {
  sub: string;
  org: string;
  role: UserRole;
}

/**
 * Global guard: every route needs a valid bearer token unless marked @Public(), and the
 * caller's role must be one the route allows (@Roles). Tokens are verified with the pinned
 * algorithm, so a forged or `alg: none` token is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
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
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(match[1], { algorithms: ['HS256'] });
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw unauthorized(expired ? 'The access token has expired' : 'The access token is invalid');
    }
    if (!claims.sub || !claims.org || !USER_ROLES.includes(claims.role)) {
      throw unauthorized('The access token is invalid');
    }
    request.user = { userId: claims.sub, organizationId: claims.org, role: claims.role };

    const allowed = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (allowed && !allowed.includes(claims.role)) {
      throw new ProblemException(403, `This action needs one of the roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}

function unauthorized(detail: string): ProblemException {
  return new ProblemException(401, detail, undefined, { 'www-authenticate': 'Bearer' });
}
