import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { normalizeEmail, trim } from '../common/dto/transforms';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
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
  @ApiProperty() createdAt: Date;
}

export class MeDto extends UserDto {
  @ApiProperty({ type: OrganizationSummaryDto }) organization: OrganizationSummaryDto;
}
