import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ApplyDto {
  @ApiProperty({ example: 'Kari Nordmann', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'kari@example.com', maxLength: 254 })
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  email: string;
}

export class ApplicationDto {
  @ApiProperty({
    description:
      'The private token for GET /candidate/assessments/{token}. Shown only here. Applying ' +
      'again with the same email while the assessment is open returns the same assessment ' +
      'with a fresh token (the previous one stops working).',
  })
  assessmentToken: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ description: 'The preview version the application was recorded against.' })
  previewVersion: number;
}
