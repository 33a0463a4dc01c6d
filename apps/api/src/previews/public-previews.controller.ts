import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/current-user';
import { ReactionDto, ReactionRecordedDto } from './previews.dto';
import { PublicPreviewsService } from './public-previews.service';

/** No account needed: candidates read the real job and say whether it is for them. */
@ApiTags('public')
@Public()
@Controller('public/previews')
export class PublicPreviewsController {
  constructor(private readonly previews: PublicPreviewsService) {}

  // GET :slug is served by a plain Fastify route: see public-preview-read.route.ts.

  @Post(':slug/reactions')
  @ApiCreatedResponse({ type: ReactionRecordedDto })
  react(@Param('slug') slug: string, @Body() dto: ReactionDto): Promise<ReactionRecordedDto> {
    return this.previews.react(slug, dto);
  }
}
