import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { trim, normalizeEmail } from '../common/dto/transforms';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

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
  @ApiProperty({ description: 'Bearer token for the Authorization header; short-lived.' })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the token expires.' })
  expiresIn: number;
}
