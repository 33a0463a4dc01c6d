/** Questionnaires, their published versions and reliability runs. */
export { createDefaultQuestionnaire } from './default-questionnaire';
export { toDefinition } from './questionnaire-definition';
export { QuestionnairesModule } from './questionnaires.module';
export { QuestionnairesService } from './questionnaires.service';
