import { Injectable } from '@nestjs/common';
import {
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
  CandidateAssessmentRepository,
  type LinkedAssessment,
  OrganizationSettingsRepository,
  QuestionnaireRepository,
} from '@rolefit/persistence';
import { conflict, notFound, unprocessable } from '../common/problem/problem-exception';
import {
  CandidateRateLimits,
  hashAssessmentToken,
  isWellFormedToken,
  tooManyRequests,
} from '../assessments';
import { toDefinition } from '../questionnaires';
import type {
  CandidateAssessmentDto,
  CandidateItemDto,
  SavedAnswersDto,
  SubmittedDto,
} from './candidate.dto';

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
    private readonly assessments: CandidateAssessmentRepository,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly limits: CandidateRateLimits,
    private readonly settings: OrganizationSettingsRepository,
  ) {}

  async read(token: string, address: string, locale?: string): Promise<CandidateAssessmentDto> {
    const row = await this.find(token, address);
    const def = await this.definition(row.questionnaireVersionId);
    const context = await this.assessments.context(row.jobRoleId);
    const notice = await this.settings.noticeOfRole(row.jobRoleId);
    const shownLocale = pickLocale(locale ?? row.locale, def.locales);
    const view = stripScoringKeys(def);
    const text = (t: LocalizedText) => localize(t, shownLocale);
    return {
      status: row.status,
      expiresAt: row.expiresAt,
      submittedAt: row.submittedAt,
      jobTitle: context?.jobTitle ?? '',
      organizationName: context?.organizationName ?? '',
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
      resultsShared: context?.resultsShared ?? false,
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
    const row = await this.find(token, address);
    const perToken = await this.limits.answerSaves.hit(row.tokenHash);
    if (!perToken.allowed) throw tooManyRequests(perToken.retryAfterSeconds, 'saves');
    if (row.status === 'submitted') throw alreadySubmitted();

    const def = await this.definition(row.questionnaireVersionId);
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

    const saved = await this.assessments.saveAnswers(row.id, set, clear, keys.length > 0);
    // Submitted between our read and this update (the submit's UPDATE requires unsubmitted).
    if (!saved) throw alreadySubmitted();
    return {
      status: saved.status,
      answers: saved.answers,
      unanswered: missingAnswers(def, saved.answers),
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
      const row = await this.find(token, address, true);
      if (row.status === 'submitted' && row.submittedAt) {
        return { status: 'submitted', submittedAt: row.submittedAt };
      }
      const def = await this.definition(row.questionnaireVersionId);
      const missing = missingAnswers(def, row.answers);
      if (missing.length > 0) {
        throw unprocessable(
          `${missing.length} question${missing.length === 1 ? '' : 's'} still need an answer`,
          missing.map((key) => ({ field: `answers.${key}`, message: 'an answer is required' })),
        );
      }
      const profile = row.profile ?? [];
      const submittedAt = await this.assessments.submitIfUnchanged(row.id, row.answers, {
        ...scoreAssessment(def, row.answers, profile),
        profileUsed: profile,
        likertKeyed: keyedLikertRow(likertLayout(def), row.answers),
      });
      if (submittedAt) return { status: 'submitted', submittedAt };
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
    token: string,
    address: string,
    withProfile = false,
  ): Promise<LinkedAssessment> {
    if (isWellFormedToken(token)) {
      const found = await this.assessments.findLive(hashAssessmentToken(token), withProfile);
      if (found) return found;
    }
    const failures = await this.limits.tokenFailures.hit(address);
    if (!failures.allowed) {
      throw tooManyRequests(failures.retryAfterSeconds, 'failed link lookups');
    }
    throw notFound('Assessment');
  }

  private async definition(versionId: string): Promise<QuestionnaireDefinition> {
    const cached = this.versions.get(versionId);
    if (cached) return cached;
    const version = await this.questionnaires.versionById(versionId);
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
