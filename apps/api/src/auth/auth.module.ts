import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { RateLimitGuard } from '../common/auth/rate-limit.guard';
import { AccountLimits } from './account-limits';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { TokenService } from './token.service';

@Module({
  imports: [OrganizationsModule],
  controllers: [AuthController],
  providers: [AuthService, TokenService, SessionsService, AccountLimits, RateLimitGuard],
  exports: [TokenService, SessionsService, AccountLimits],
})
export class AuthModule {}
