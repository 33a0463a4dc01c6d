import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@rolefit/config';
import type { UserRole } from '@rolefit/persistence';

/** Access tokens are for this API only. */
export const TOKEN_AUDIENCE = 'rolefit-api';

export interface AccessTokenClaims {
  sub: string;
  org: string;
  role: UserRole;
  /** The session: every request checks it is still live. */
  sid: string;
}

export interface IssuedAccessToken {
  accessToken: string;
  expiresIn: number;
}

/**
 * Short-lived HS256 access tokens naming the session; issuer is PUBLIC_URL, audience the
 * API. Role and organisation in the token are informative: each request uses the
 * database's current values (see AuthGuard).
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get issuer(): string {
    return this.config.PUBLIC_URL;
  }

  async issue(
    user: { id: string; organizationId: string; role: UserRole },
    sessionId: string,
  ): Promise<IssuedAccessToken> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      org: user.organizationId,
      role: user.role,
      sid: sessionId,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      expiresIn: this.config.JWT_TTL_SECONDS,
      issuer: this.issuer,
      audience: TOKEN_AUDIENCE,
    });
    return { accessToken, expiresIn: this.config.JWT_TTL_SECONDS };
  }

  verify(token: string): Promise<AccessTokenClaims> {
    return this.jwt.verifyAsync<AccessTokenClaims>(token, {
      algorithms: ['HS256'],
      issuer: this.issuer,
      audience: TOKEN_AUDIENCE,
    });
  }
}
