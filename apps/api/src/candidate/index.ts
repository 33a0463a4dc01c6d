/** What a candidate does with their private link. */
export { CandidateModule } from './candidate.module';
