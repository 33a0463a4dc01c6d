/** Job roles and their target profiles. */
export { type CreateJobRoleDto, ProfileEntryDto } from './job-roles.dto';
export { JobRolesModule } from './job-roles.module';
export { JobRolesService } from './job-roles.service';
