import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** A text in English and, where written, Norwegian bokmål. */
export class LocalizedTextDto {
  @ApiProperty({ example: 'Booking meetings' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  en: string;

  @ApiPropertyOptional({ example: 'Booke møter' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  nb?: string;
}
