/** Teams, their members and the roles they need. */
export { TeamsModule } from './teams.module';
export { seesPerformance, type TeamCaller, TeamsService } from './teams.service';
