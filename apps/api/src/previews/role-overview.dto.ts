import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../common/pagination/pagination';

export class RolePreviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Public slug: /jobs/{slug} shows the latest published version.' })
  slug: string;
  @ApiProperty({
    enum: ['draft', 'published', 'archived'],
    description: 'Status of the latest version: `draft` means a draft is open.',
  })
  status: string;
  @ApiProperty({ description: 'Latest version number.' }) version: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The live version, if any.' })
  publishedVersion: number | null;
  @ApiProperty({ nullable: true, type: String }) headline: string | null;
  @ApiProperty() updatedAt: Date;
}

export class RolePreviewPageDto extends PageMetaDto {
  @ApiProperty({ type: [RolePreviewDto] }) items: RolePreviewDto[];
}

export class RoleFunnelDto {
  @ApiProperty({ description: 'Views of every published version of the role’s previews.' })
  views: number;
  @ApiProperty() interested: number;
  @ApiProperty() notForMe: number;
  @ApiProperty({ description: 'Candidates who applied from a preview.' }) applied: number;
  @ApiProperty({ description: 'Candidates a recruiter invited.' }) invited: number;
  @ApiProperty({ description: 'Candidates who opened and started their questionnaire.' })
  started: number;
  @ApiProperty() submitted: number;
  @ApiProperty({ description: 'Submitted and eligible (knock-outs passed, minimums met).' })
  eligible: number;
}
