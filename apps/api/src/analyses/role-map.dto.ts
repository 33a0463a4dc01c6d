import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI shapes of the team-role map (libs/domain TeamRoleMap); field names are the contract. */
class MapMemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The member’s role when the snapshot was taken (null: none).',
  })
  currentJobRoleId: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Fit to the current role (which may be a role the team does not require); null without one.',
  })
  currentFit: number | null;
}

class MapRoleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() slots: number;
  @ApiProperty() isLeadership: boolean;
}

class AssignmentDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ format: 'uuid' }) jobRoleId: string;
  @ApiProperty() fit: number;
}

class GapDto {
  @ApiProperty({ format: 'uuid' }) jobRoleId: string;
  @ApiProperty({ description: '1-based slot number within the role' }) slot: number;
  @ApiProperty({ enum: ['empty', 'lowFit'] }) reason: string;
  @ApiPropertyOptional({ format: 'uuid' }) memberId?: string;
  @ApiPropertyOptional() fit?: number;
}

class OverlapDto {
  @ApiProperty({ format: 'uuid' }) jobRoleId: string;
  @ApiProperty() slots: number;
  @ApiProperty({ type: [String], description: 'Members whose best fit is this role' })
  bestFitMembers: string[];
}

class MoveDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) from: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) to: string | null;
  @ApiProperty({ description: 'fit(to) − fit(from)' }) fitChange: number;
}

class CoachingDimensionDto {
  @ApiProperty() dimension: string;
  @ApiProperty() score: number;
  @ApiProperty() target: number;
  @ApiProperty({ description: 'weight × shortfall²' }) weightedShortfall: number;
}

class CoachingDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ format: 'uuid' }) jobRoleId: string;
  @ApiProperty({ type: [CoachingDimensionDto] }) dimensions: CoachingDimensionDto[];
}

class RankingEntryDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() fit: number;
}

class LeadershipDto {
  @ApiProperty({ format: 'uuid' }) jobRoleId: string;
  @ApiProperty({ type: [RankingEntryDto] }) ranking: RankingEntryDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Rank of the best performer (tip 10)' })
  topPerformerRank: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) topPerformerId: string | null;
}

export class TeamRoleMapDto {
  @ApiProperty({ type: [MapMemberDto] }) members: MapMemberDto[];
  @ApiProperty({ type: [MapRoleDto] }) roles: MapRoleDto[];
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'number' } },
    description: 'Rows = members, columns = roles, in the order above',
  })
  fitMatrix: number[][];
  @ApiProperty({ type: [AssignmentDto] }) assignment: AssignmentDto[];
  @ApiProperty() totalFitCurrent: number;
  @ApiProperty() totalFitOptimal: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mean fit of the members who hold a role now (null when nobody does).',
  })
  meanFitCurrent: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mean fit of the members the optimal assignment places (null when none).',
  })
  meanFitOptimal: number | null;
  @ApiProperty({ type: [GapDto] }) gaps: GapDto[];
  @ApiProperty({ type: [OverlapDto] }) overlaps: OverlapDto[];
  @ApiProperty({ type: [MoveDto] }) moves: MoveDto[];
  @ApiProperty({ type: [CoachingDto] }) coaching: CoachingDto[];
  @ApiProperty({ type: [LeadershipDto] }) leadership: LeadershipDto[];
}

class RankedEntryDto extends RankingEntryDto {
  @ApiProperty({ description: '1-based rank in the whole team' }) rank: number;
}

class PagedLeadershipDto extends LeadershipDto {
  @ApiProperty({
    type: [RankedEntryDto],
    description: 'The top ten, the top performer and this page’s members, with team-wide ranks',
  })
  declare ranking: RankedEntryDto[];
}

class PagedOverlapDto extends OverlapDto {
  @ApiProperty({ description: 'Members in the whole team whose best fit is this role' })
  bestFitCount: number;
}

/**
 * One page of the latest map: members (and their rows, assignments, moves, coaching and
 * low-fit gaps) of this page; roles, totals, means and empty slots of the whole team.
 */
export class RoleMapResponseDto extends TeamRoleMapDto {
  @ApiProperty({ format: 'uuid' }) analysisId: string;
  @ApiProperty() completedAt: Date;
  @ApiProperty({ type: [PagedOverlapDto] }) declare overlaps: PagedOverlapDto[];
  @ApiProperty({ type: [PagedLeadershipDto] }) declare leadership: PagedLeadershipDto[];
  @ApiProperty() page: number;
  @ApiProperty({ description: 'Members per page' }) pageSize: number;
  @ApiProperty({ description: 'Members in the whole map' }) totalMembers: number;
}
