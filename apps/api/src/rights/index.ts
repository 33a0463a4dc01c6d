/** Candidate data rights: decisions, erasure, export, withdrawal and settings. */
export { CandidateRightsService } from './candidate-rights.service';
export { RightsModule } from './rights.module';
