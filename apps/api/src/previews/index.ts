/** Realistic job previews: editing, publishing and the public read. */
export { addPublicPreviewReadToOpenApi } from './public-preview-read.openapi';
export { PUBLIC_PREVIEW_READ_PATH, registerPublicPreviewRead } from './public-preview-read.route';
export { type PreviewContentDto, PublicPreviewDto } from './previews.dto';
export { PreviewsModule } from './previews.module';
export { PreviewsService } from './previews.service';
export { PublicPreviewsService, SLUG } from './public-previews.service';
