/** The organisation's competency model (dimension keys and texts). */
export { DimensionsModule } from './dimensions.module';
export { DimensionsService } from './dimensions.service';
