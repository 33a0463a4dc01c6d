import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { DIMENSION_KINDS, type DimensionKind } from '@rolefit/domain';
import { LocalizedTextDto } from '../common/dto/localized-text.dto';
import { IsDimensionKey } from './dimension-key';
import { PageMetaDto } from '../common/pagination/pagination';

export class CreateDimensionDto {
  @ApiProperty({ example: 'field-sales', description: 'Lowercase slug, 2–40 characters.' })
  @IsString()
  @IsDimensionKey({
    message:
      'must be a lowercase slug (a-z, 0-9, single inner dashes), 2–40 characters, starting with a letter',
  })
  key: string;

  @ApiProperty({ type: LocalizedTextDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name: LocalizedTextDto;

  @ApiProperty({ type: LocalizedTextDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  description: LocalizedTextDto;

  @ApiProperty({ enum: DIMENSION_KINDS })
  @IsIn(DIMENSION_KINDS)
  kind: DimensionKind;
}

export class UpdateDimensionDto {
  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name?: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  description?: LocalizedTextDto;

  @ApiPropertyOptional({ enum: DIMENSION_KINDS })
  @IsOptional()
  @IsIn(DIMENSION_KINDS)
  kind?: DimensionKind;
}

export class DimensionDto {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) description: LocalizedTextDto;
  @ApiProperty({ enum: DIMENSION_KINDS }) kind: DimensionKind;
}

export class DimensionPageDto extends PageMetaDto {
  @ApiProperty({ type: [DimensionDto] }) items: DimensionDto[];
}
