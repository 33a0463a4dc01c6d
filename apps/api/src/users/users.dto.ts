import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { normalizeEmail, trim } from '../common/dto/transforms';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageMetaDto } from '../common/pagination/pagination';
import { USER_ROLES, type UserRole } from '@rolefit/persistence';

export class CreateUserDto {
  @ApiProperty({ example: 'Ola Nordmann' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'ola@nordlys.example' })
  @Transform(normalizeEmail)
  @IsString()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12, maxLength: 128 })
  @IsString()
  @MinLength(12)
  @MaxLength(128)
  password: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES)
  role: UserRole;
}

export class OrganizationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: USER_ROLES }) role: UserRole;
  @ApiProperty({ description: 'Inactive users cannot sign in.' }) active: boolean;
  @ApiProperty() createdAt: Date;
}

export class UserPageDto extends PageMetaDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
}

export class InviteUserDto {
  @ApiProperty({ example: 'Ola Nordmann' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'ola@nordlys.example' })
  @Transform(normalizeEmail)
  @IsString()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES)
  role: UserRole;

  @ApiPropertyOptional({
    enum: ['en', 'nb'],
    description:
      'Language of the email. Without it, the first of en/nb the Accept-Language header names; ' +
      'English when it names neither.',
  })
  @IsOptional()
  @IsIn(['en', 'nb'])
  locale?: 'en' | 'nb';
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ description: 'false deactivates (sessions end), true reactivates.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class MeDto extends UserDto {
  @ApiProperty({ type: OrganizationSummaryDto }) organization: OrganizationSummaryDto;
}
