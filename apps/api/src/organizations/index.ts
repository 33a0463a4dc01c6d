/** Organisations (created with their default competency model and questionnaire). */
export { OrganizationsModule } from './organizations.module';
export { OrganizationsService } from './organizations.service';
