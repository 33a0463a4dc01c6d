import type { RouteObject } from 'react-router';

/** The recruiter's pages under `/app` (paths relative to it), each loaded lazily. */
export const recruiterRoutes: RouteObject[] = [
  {
    path: 'recruiting',
    lazy: async () => ({ Component: (await import('./overview-page')).OverviewPage }),
  },
  {
    path: 'recruiting/roles/new',
    lazy: async () => ({ Component: (await import('./role-editor-page')).RoleEditorPage }),
  },
  {
    path: 'recruiting/roles/:roleId',
    lazy: async () => ({ Component: (await import('./role-editor-page')).RoleEditorPage }),
  },
  {
    path: 'recruiting/roles/:roleId/preview',
    lazy: async () => ({
      Component: (await import('./preview/preview-editor-page')).PreviewEditorPage,
    }),
  },
  {
    path: 'recruiting/roles/:roleId/candidates',
    lazy: async () => ({
      Component: (await import('./candidates/candidates-page')).CandidatesPage,
    }),
  },
  {
    path: 'recruiting/roles/:roleId/candidates/:assessmentId',
    lazy: async () => ({ Component: (await import('./candidates/result-page')).ResultPage }),
  },
  {
    path: 'questionnaires',
    lazy: async () => ({
      Component: (await import('./questionnaires/questionnaires-page')).QuestionnairesPage,
    }),
  },
  {
    path: 'questionnaires/:questionnaireId',
    lazy: async () => ({
      Component: (await import('./questionnaires/questionnaire-builder-page'))
        .QuestionnaireBuilderPage,
    }),
  },
];
