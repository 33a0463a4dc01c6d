import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@rolefit/config';
import type { UserEntity } from '@rolefit/persistence';
import type { AccessTokenDto } from './auth.dto';

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue(user: Pick<UserEntity, 'id' | 'organizationId' | 'role'>): Promise<AccessTokenDto> {
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, org: user.organizationId, role: user.role },
      { algorithm: 'HS256', expiresIn: this.config.JWT_TTL_SECONDS },
    );
    return { accessToken, expiresIn: this.config.JWT_TTL_SECONDS };
  }
}
