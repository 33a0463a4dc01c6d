import {
  Body,
  Controller,
  Get,
  Injectable,
  Param,
  Patch,
  PipeTransform,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { Page, PageQuery } from '../common/pagination/pagination';
import { notFound } from '../common/problem/problem-exception';
import {
  CreateDimensionDto,
  DimensionDto,
  DimensionPageDto,
  UpdateDimensionDto,
} from './dimensions.dto';
import { DimensionsService } from './dimensions.service';

/**
 * A key that is not even a slug (the rule of CreateDimensionDto) names no dimension: 404, as
 * for an unknown one, and it never reaches PostgreSQL (which refuses a NUL byte with an error).
 */
@Injectable()
class DimensionKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-z][a-z0-9-]{1,39}$/.test(value)) throw notFound('Dimension');
    return value;
  }
}

/** The competency model: everyone reads it, admins shape it. */
@ApiTags('competency model')
@ApiBearerAuth()
@Controller('dimensions')
export class DimensionsController {
  constructor(private readonly dimensions: DimensionsService) {}

  @Get()
  @ApiOkResponse({ type: DimensionPageDto })
  list(@CurrentUser() caller: AuthUser, @Query() query: PageQuery): Promise<Page<DimensionDto>> {
    return this.dimensions.list(caller.organizationId, query);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: DimensionDto })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateDimensionDto): Promise<DimensionDto> {
    return this.dimensions.create(caller.organizationId, dto);
  }

  @Patch(':key')
  @Roles('admin')
  @ApiOkResponse({ type: DimensionDto })
  update(
    @CurrentUser() caller: AuthUser,
    @Param('key', DimensionKeyPipe) key: string,
    @Body() dto: UpdateDimensionDto,
  ): Promise<DimensionDto> {
    return this.dimensions.update(caller.organizationId, key, dto);
  }
}
