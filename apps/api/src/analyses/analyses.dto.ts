import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { queryBoolean } from '../common/dto/transforms';
import { IsBoolean, IsOptional } from 'class-validator';
import { TeamRoleMapDto } from './role-map.dto';

export class RequestAnalysisQuery {
  @ApiPropertyOptional({
    description: 'Recompute even if this exact snapshot was analysed.',
    default: false,
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  force?: boolean;
}

export class AnalysisAcceptedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
}

export class AnalysisDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) teamId: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiPropertyOptional({
    description: 'Why it failed, when status is failed.',
    nullable: true,
    type: String,
  })
  error: string | null;
  @ApiPropertyOptional({
    type: TeamRoleMapDto,
    nullable: true,
    description: 'Present once completed.',
  })
  result: unknown;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
}
