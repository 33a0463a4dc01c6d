/** Applying from a published preview. */
export { ApplyDto } from './applications.dto';
export { ApplicationsModule } from './applications.module';
export { ApplicationsService } from './applications.service';
