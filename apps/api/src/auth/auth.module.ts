import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { TokenService } from './token.service';

@Module({
  imports: [OrganizationsModule],
  controllers: [AuthController],
  providers: [AuthService, TokenService],
})
export class AuthModule {}
