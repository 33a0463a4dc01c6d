import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../common/auth/current-user';
import { Page, PageQuery } from '../common/pagination/pagination';
import {
  CreateDimensionDto,
  DimensionDto,
  DimensionPageDto,
  UpdateDimensionDto,
} from './dimensions.dto';
import { DimensionKeyPipe } from './dimension-key';
import { DimensionsService } from './dimensions.service';

/** The competency model: everyone reads it, admins shape it. */
@ApiTags('competency model')
@ApiBearerAuth()
@Controller('dimensions')
export class DimensionsController {
  constructor(private readonly dimensions: DimensionsService) {}

  @ApiOperation({ summary: "The organisation's competency model" })
  @Get()
  @ApiOkResponse({ type: DimensionPageDto })
  list(@CurrentUser() caller: AuthUser, @Query() query: PageQuery): Promise<Page<DimensionDto>> {
    return this.dimensions.list(caller.organizationId, query);
  }

  @ApiOperation({ summary: 'Add a dimension to the competency model' })
  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: DimensionDto })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateDimensionDto): Promise<DimensionDto> {
    return this.dimensions.create(caller.organizationId, dto);
  }

  @ApiOperation({ summary: "Change a dimension's names, description or kind" })
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
