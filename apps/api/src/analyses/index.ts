/** Team analyses and the role map. */
export { AnalysesModule } from './analyses.module';
