import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Answers,
  type LocalizedText,
  keyedLikertRow,
  likertLayout,
  localize,
  missingAnswers,
  pickLocale,
  type QuestionnaireDefinition,
  scoreAssessment,
  stripScoringKeys,
  validateAnswers,
} from '@rolefit/domain';
import {
  OrganizationSettingsRepository,
  type AssessmentStatus,
  type ProfileEntryJson,
  queryRows,
  QuestionnaireVersionEntity,
} from '@rolefit/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { conflict, notFound, unprocessable } from '../common/problem/problem-exception';
import { hashAssessmentToken, isWellFormedToken } from '../assessments/assessment-token';
import { CandidateRateLimits, tooManyRequests } from '../assessments/rate-limits';
import { toDefinition } from '../questionnaires/questionnaire-definition';
import type {
  CandidateAssessmentDto,
  CandidateItemDto,
  SavedAnswersDto,
  SubmittedDto,
} from './candidate.dto';

interface TokenRow {
  id: string;
  token_hash: string;
  status: AssessmentStatus;
  answers: Answers;
  locale: string;
  expires_at: Date;
  submitted_at: Date | null;
  job_role_id: string;
  questionnaire_version_id: string;
  /** The job role's current target profile (submit only). */
  profile?: ProfileEntryJson[] | null;
}

/** More keys than any questionnaire has items: refused before validating each one. */
const MAX_ANSWER_KEYS = 1000;
const VERSION_CACHE_SIZE = 500;
/** Compare-and-set rounds of a submit before giving up (see `submit`). */
const MAX_SUBMIT_ATTEMPTS = 5;

/**
 * Everything a candidate does with their private link. The token is the only credential; it
 * reaches exactly one assessment, and unknown, malformed or expired tokens all give the same
 * 404 (and count against the caller's address, see CandidateRateLimits).
 */
@Injectable()
export class CandidateService {
  /** Published versions never change, so each process keeps the ones in use. */
  private readonly versions = new Map<string, QuestionnaireDefinition>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly limits: CandidateRateLimits,
    private readonly settings: OrganizationSettingsRepository,
  ) {}

  async read(token: string, address: string, locale?: string): Promise<CandidateAssessmentDto> {
    const row = await this.find(this.dataSource.manager, token, address);
    const def = await this.definition(this.dataSource.manager, row.questionnaire_version_id);
    const [context] = await this.dataSource.query<
      { job_title: string; org: string; shared: boolean }[]
    >(
      `SELECT r.title AS job_title, o.name AS org, o.share_results_with_candidates AS shared
         FROM job_roles r JOIN organizations o ON o.id = r.organization_id WHERE r.id = $1`,
      [row.job_role_id],
    );
    const notice = await this.settings.noticeOfRole(row.job_role_id);
    const shownLocale = pickLocale(locale ?? row.locale, def.locales);
    const view = stripScoringKeys(def);
    const text = (t: LocalizedText) => localize(t, shownLocale);
    return {
      status: row.status,
      expiresAt: row.expires_at,
      submittedAt: row.submitted_at,
      jobTitle: context?.job_title ?? '',
      organizationName: context?.org ?? '',
      locale: shownLocale,
      locales: view.locales,
      title: view.title,
      scale: view.scale,
      items: view.items.map((item): CandidateItemDto => ({
        key: item.key,
        type: item.type,
        text: text(item.text),
        ...(item.type === 'choice' && {
          options: item.options.map((o) => ({ key: o.key, text: text(o.text) })),
        }),
      })),
      answers: row.answers,
      unanswered: missingAnswers(def, row.answers),
      privacyNotice: {
        version: notice?.version ?? 1,
        en: notice?.text.en ?? '',
        nb: notice?.text.nb ?? '',
      },
      resultsShared: context?.shared ?? false,
    };
  }

  /**
   * Autosave: merges a partial set of answers (null clears one). Each value is checked
   * against its item; unknown item keys are refused. The first save marks the assessment
   * started. Saves are limited per token.
   */
  async saveAnswers(
    token: string,
    address: string,
    answers: Record<string, unknown>,
  ): Promise<SavedAnswersDto> {
    const keys = Object.keys(answers);
    if (keys.length > MAX_ANSWER_KEYS) {
      throw unprocessable('Too many answers in one request', [
        { field: 'answers', message: `at most ${MAX_ANSWER_KEYS} answers per request` },
      ]);
    }
    const row = await this.find(this.dataSource.manager, token, address);
    const perToken = await this.limits.answerSaves.hit(row.token_hash);
    if (!perToken.allowed) throw tooManyRequests(perToken.retryAfterSeconds, 'saves');
    if (row.status === 'submitted') throw alreadySubmitted();

    const def = await this.definition(this.dataSource.manager, row.questionnaire_version_id);
    const set: Record<string, unknown> = {};
    const clear: string[] = [];
    for (const key of keys) {
      if (answers[key] === null) clear.push(key);
      else set[key] = answers[key];
    }
    const itemKeys = new Set(def.items.map((i) => i.key));
    const errors = [
      ...validateAnswers(def, set),
      ...clear
        .filter((key) => !itemKeys.has(key))
        .map((key) => ({ field: `answers.${key}`, message: 'unknown item' })),
    ];
    if (errors.length > 0) throw unprocessable('Some answers are not valid', errors);

    const touched = keys.length > 0;
    const rows = await queryRows<{ status: AssessmentStatus; answers: Answers }>(
      this.dataSource,
      `UPDATE assessments
          SET answers = (answers || $2::jsonb) - $3::text[],
              status = CASE WHEN $4::boolean AND status = 'invited' THEN 'started' ELSE status END,
              started_at = CASE WHEN $4::boolean THEN coalesce(started_at, now()) ELSE started_at END,
              -- The notice in force when they started (they were shown it with the questions).
              privacy_notice_version = coalesce(privacy_notice_version,
                (SELECT o.privacy_notice_version FROM organizations o WHERE o.id = organization_id)),
              updated_at = now()
        WHERE id = $1 AND status <> 'submitted'
        RETURNING status, answers`,
      [row.id, JSON.stringify(set), clear, touched],
    );
    // Submitted between our read and this update (the submit's UPDATE requires unsubmitted).
    if (rows.length === 0) throw alreadySubmitted();
    return {
      status: rows[0].status,
      answers: rows[0].answers,
      unanswered: missingAnswers(def, rows[0].answers),
    };
  }

  /**
   * Scores once, in two statements and without a transaction: the answers and the role's
   * current profile are read together, scored here, and written by an UPDATE that succeeds
   * only while the assessment is unsubmitted AND still holds exactly the answers that were
   * scored (compare-and-set). Two submits in a race: one UPDATE wins, the other finds the
   * row submitted and returns the stored receipt without scoring again. An autosave landing
   * between the read and the write changes the answers, so the submit starts over with them.
   * (A SELECT … FOR UPDATE transaction did the same in five statements; the candidate-flow
   * benchmark is bound by those round trips — see BENCHMARKS.md, "http".)
   */
  async submit(token: string, address: string): Promise<SubmittedDto> {
    for (let attempt = 1; ; attempt++) {
      const row = await this.find(this.dataSource.manager, token, address, true);
      if (row.status === 'submitted' && row.submitted_at) {
        return { status: 'submitted', submittedAt: row.submitted_at };
      }
      const def = await this.definition(this.dataSource.manager, row.questionnaire_version_id);
      const missing = missingAnswers(def, row.answers);
      if (missing.length > 0) {
        throw unprocessable(
          `${missing.length} question${missing.length === 1 ? '' : 's'} still need an answer`,
          missing.map((key) => ({ field: `answers.${key}`, message: 'an answer is required' })),
        );
      }
      const profile = row.profile ?? [];
      const score = scoreAssessment(def, row.answers, profile);
      const rows = await queryRows<{ submitted_at: Date }>(
        this.dataSource,
        `UPDATE assessments
            SET status = 'submitted', submitted_at = now(), updated_at = now(),
                stage = CASE WHEN stage IN ('applied', 'invited') THEN 'assessed' ELSE stage END,
                started_at = coalesce(started_at, now()),
                fit = $2, eligible = $3, dimension_scores = $4, scores = $5,
                knockouts_failed = $6, minimums_missed = $7, profile_used = $8,
                likert_keyed = $9::smallint[]
          WHERE id = $1 AND status <> 'submitted' AND answers = $10::jsonb
          RETURNING submitted_at`,
        [
          row.id,
          score.fit,
          score.eligible,
          JSON.stringify(score.dimensionScores),
          JSON.stringify(score.scores),
          JSON.stringify(score.knockoutsFailed),
          JSON.stringify(score.minimumsMissed),
          JSON.stringify(profile),
          keyedLikertRow(likertLayout(def), row.answers),
          JSON.stringify(row.answers),
        ],
      );
      if (rows.length > 0) {
        // Submitting makes the candidate "assessed": a stage change made by the candidate.
        await this.dataSource.query(
          `INSERT INTO assessment_decisions (organization_id, assessment_id, stage, actor)
           SELECT organization_id, id, 'assessed', 'candidate' FROM assessments
            WHERE id = $1 AND stage = 'assessed'`,
          [row.id],
        );
        return { status: 'submitted', submittedAt: rows[0].submitted_at };
      }
      // Submitted by a concurrent call (the next read returns its receipt), or the answers
      // changed under us (the next read scores the new ones). Saves are rate-limited per
      // token, so this settles at once; the bound only guards against a pathological client.
      if (attempt >= MAX_SUBMIT_ATTEMPTS) {
        throw conflict('The answers kept changing while submitting; please submit again');
      }
    }
  }

  /**
   * The assessment of a token, or the same 404 for a malformed, unknown or expired one. Only
   * failures count against the caller's address, and a valid link always works: an address
   * that has spent its failure budget (a shared office network, a guesser) gets 429 for
   * further failures only, so a guesser gains nothing and a colleague's link is never blocked.
   */
  private async find(
    manager: EntityManager,
    token: string,
    address: string,
    withProfile = false,
  ): Promise<TokenRow> {
    if (isWellFormedToken(token)) {
      const rows: TokenRow[] = await manager.query(
        `SELECT a.id, a.token_hash, a.status, a.answers, a.locale, a.expires_at, a.submitted_at,
                a.job_role_id, a.questionnaire_version_id
                ${withProfile ? ', (SELECT r.profile FROM job_roles r WHERE r.id = a.job_role_id) AS profile' : ''}
           FROM assessments a
          WHERE a.token_hash = $1 AND a.expires_at > now()`,
        [hashAssessmentToken(token)],
      );
      if (rows.length > 0) return rows[0];
    }
    const failures = await this.limits.tokenFailures.hit(address);
    if (!failures.allowed) {
      throw tooManyRequests(failures.retryAfterSeconds, 'failed link lookups');
    }
    throw notFound('Assessment');
  }

  private async definition(
    manager: EntityManager,
    versionId: string,
  ): Promise<QuestionnaireDefinition> {
    const cached = this.versions.get(versionId);
    if (cached) return cached;
    const version = await manager
      .getRepository(QuestionnaireVersionEntity)
      .findOneByOrFail({ id: versionId });
    const def = toDefinition(version);
    // Only published versions are immutable; assessments only ever pin published ones.
    if (version.status === 'published') {
      if (this.versions.size >= VERSION_CACHE_SIZE) this.versions.clear();
      this.versions.set(versionId, def);
    }
    return def;
  }
}

function alreadySubmitted() {
  return conflict('This assessment has already been submitted; answers can no longer change');
}
