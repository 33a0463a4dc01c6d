import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Locale, SUPPORTED_LOCALES } from '@rolefit/domain';
import { Transform } from 'class-transformer';
import { trim, normalizeEmail } from '../common/dto/transforms';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class SignupDto {
  @ApiProperty({ example: 'Nordlys Salg AS', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  organizationName: string;

  @ApiProperty({ example: 'Ingrid Hansen', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'ingrid@nordlys.example', maxLength: 254 })
  @Transform(normalizeEmail)
  @IsString()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12, maxLength: 128, description: 'At least 12 characters.' })
  @IsString()
  @MinLength(12)
  @MaxLength(128)
  password: string;
}

export class LoginDto {
  @ApiProperty({ example: 'ingrid@nordlys.example' })
  @Transform(normalizeEmail)
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(128)
  password: string;
}

export class AccessTokenDto {
  @ApiProperty({
    description:
      'Bearer token for the Authorization header; short-lived (JWT_TTL_SECONDS). The ' +
      'refresh token is set as the HttpOnly cookie rolefit_refresh (Path=/api/v1/auth); ' +
      'POST /auth/refresh with that cookie returns a new access token.',
  })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the token expires.' })
  expiresIn: number;
}

export class PasswordResetDto {
  @ApiProperty({ example: 'ingrid@nordlys.example', maxLength: 254 })
  @Transform(normalizeEmail)
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description:
      'Language of the email. Without it, the first of en/nb the Accept-Language header names; ' +
      'English when it names neither.',
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class ConfirmPasswordDto {
  @ApiProperty({
    description:
      'The one-time token from the emailed link (…/app/reset-password#<token> or ' +
      '…/app/invitation#<token>).',
  })
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token: string;

  @ApiProperty({
    minLength: 12,
    maxLength: 128,
    description: 'The new password, at least 12 characters.',
  })
  @IsString()
  @MinLength(12)
  @MaxLength(128)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: 128 })
  @IsString()
  @MaxLength(128)
  currentPassword: string;

  @ApiProperty({ minLength: 12, maxLength: 128, description: 'At least 12 characters.' })
  @IsString()
  @MinLength(12)
  @MaxLength(128)
  newPassword: string;
}

export class AcceptedDto {
  @ApiProperty({
    enum: ['sent'],
    description: 'The same answer whether or not the address is known.',
  })
  status: 'sent';
}
