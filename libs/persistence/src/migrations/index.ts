import { Foundation1795836681598 } from './1795836681598-Foundation';
import { OutboxAndTeams1795837168522 } from './1795837168522-OutboxAndTeams';
import { Questionnaires1795837500904 } from './1795837500904-Questionnaires';
import { LostJobIndexes1795841444266 } from './1795841444266-LostJobIndexes';
import { MailAndCandidateLinks1796283287469 } from './1796283287469-MailAndCandidateLinks';
import { ReactionIdempotencyKey1796290000000 } from './1796290000000-ReactionIdempotencyKey';
import { AnalysisEvents1796291000000 } from './1796291000000-AnalysisEvents';
import { CandidateAttempts1796293100000 } from './1796293100000-CandidateAttempts';
import { SessionsAndAccounts1796294000000 } from './1796294000000-SessionsAndAccounts';
import { CandidateRights1796295000000 } from './1796295000000-CandidateRights';
import { RetentionWarnings1796296000000 } from './1796296000000-RetentionWarnings';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [
  Foundation1795836681598,
  OutboxAndTeams1795837168522,
  Questionnaires1795837500904,
  LostJobIndexes1795841444266,
  MailAndCandidateLinks1796283287469,
  ReactionIdempotencyKey1796290000000,
  AnalysisEvents1796291000000,
  CandidateAttempts1796293100000,
  SessionsAndAccounts1796294000000,
  CandidateRights1796295000000,
  RetentionWarnings1796296000000,
];
