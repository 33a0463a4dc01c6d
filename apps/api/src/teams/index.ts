/** Teams, their members and the roles they need. */
export { TeamsModule } from './teams.module';
export { TeamsService } from './teams.service';
