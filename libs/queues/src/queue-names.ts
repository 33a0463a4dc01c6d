/** Every BullMQ queue Rolefit uses; the worker refuses to start without a processor for each. */
export enum QueueName {
  TeamAnalysis = 'team-analysis',
  QuestionnaireReliability = 'questionnaire-reliability',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
