import { Injectable } from '@nestjs/common';
import { describeProfile } from '@rolefit/domain';
import {
  CandidateDataRepository,
  CandidateRecord,
  OrganizationSettingsRepository,
  Transactions,
} from '@rolefit/persistence';
import {
  CandidateRateLimits,
  hashAssessmentToken,
  isWellFormedToken,
  tooManyRequests,
} from '../assessments';
import { conflict, notFound, ProblemException } from '../common/problem/problem-exception';
import { SLUG } from '../previews';
import { AuditLog } from '../audit';
import type {
  CandidateProfileDto,
  PublicPrivacyNoticeDto,
  WithdrawalReceiptDto,
} from './rights.dto';

const NOTICE_CACHE_MS = 5000;
const NOTICE_CACHE_SIZE = 1000;

/**
 * The candidate's rights from their private link: their profile in words, everything held
 * about them (export), and withdrawal (erased at once, with a receipt). Unknown, expired,
 * malformed and already-erased links are the same 404 and count against the address.
 */
@Injectable()
export class CandidateRightsService {
  private readonly notices = new Map<string, { notice: PublicPrivacyNoticeDto; until: number }>();

  constructor(
    private readonly candidates: CandidateDataRepository,
    private readonly settings: OrganizationSettingsRepository,
    private readonly limits: CandidateRateLimits,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async profile(token: string, address: string): Promise<CandidateProfileDto> {
    const record = await this.find(token, address);
    if (!record.shareResultsWithCandidates) {
      throw new ProblemException(403, 'This organisation does not share results with candidates');
    }
    if (record.status !== 'submitted' || !record.submittedAt || !record.scores) {
      throw conflict('Your profile is ready once you have submitted your answers');
    }
    const model = await this.candidates.dimensionModel(record.organizationId);
    return {
      jobTitle: record.jobTitle,
      organizationName: record.organizationName,
      submittedAt: record.submittedAt,
      dimensions: describeProfile(record.scores, model, {
        targets: record.dimensionScores ?? [],
        minimumsMissed: record.minimumsMissed ?? [],
      }),
    };
  }

  /** Everything stored about the candidate, as JSON; the export itself is audited. */
  async export(token: string, address: string): Promise<Record<string, unknown>> {
    const record = await this.find(token, address);
    const [decisions, applications] = await Promise.all([
      this.candidates.decisions(record.organizationId, record.id),
      this.candidates.applications(record.id),
    ]);
    await this.audit.candidate(record.organizationId, 'candidate.exported', record.id, address);
    return {
      controller: { organization: record.organizationName },
      you: { name: record.candidateName, email: record.candidateEmail, locale: record.locale },
      application: {
        jobTitle: record.jobTitle,
        source: record.source,
        previewVersion: record.previewVersion,
        privacyNoticeVersion: record.privacyNoticeVersion,
        applications,
      },
      assessment: {
        status: record.status,
        stage: record.stage,
        createdAt: record.createdAt,
        lastActivityAt: record.updatedAt,
        linkExpiresAt: record.expiresAt,
        startedAt: record.startedAt,
        submittedAt: record.submittedAt,
        answers: record.answers,
      },
      result:
        record.status === 'submitted'
          ? {
              fit: record.fit,
              eligible: record.eligible,
              scores: record.scores,
              knockoutsFailed: record.knockoutsFailed ?? [],
              minimumsMissed: record.minimumsMissed ?? [],
            }
          : null,
      decisions: decisions.map((d) => ({
        stage: d.stage,
        decidedAt: d.decidedAt,
        by: d.actor === 'candidate' ? 'you' : 'a person at the organisation',
        reason: d.reason,
      })),
    };
  }

  /** Stage withdrawn (by the candidate), personal data anonymised at once, a receipt. */
  async withdraw(token: string, address: string): Promise<WithdrawalReceiptDto> {
    const record = await this.find(token, address);
    return this.candidates.transaction(async (tx) => {
      const locked = await this.candidates.lockStage(tx, record.organizationId, record.id);
      // Erased by someone else between our read and the lock: the link is gone.
      if (!locked || locked.anonymized) throw notFound('Assessment');
      await this.candidates.decide(tx, record.organizationId, record.id, {
        stage: 'withdrawn',
        reason: null,
        actor: 'candidate',
        userId: null,
      });
      await this.candidates.anonymize(tx, [record.id]);
      await this.audit.candidate(
        record.organizationId,
        'candidate.withdrew',
        record.id,
        address,
        tx,
      );
      return {
        stage: 'withdrawn',
        reference: record.id,
        withdrawnAt: await this.transactions.now(tx),
        organizationName: record.organizationName,
        jobTitle: record.jobTitle,
        erased: ['name', 'email', 'answers', 'free text'],
        kept:
          'Your scores are kept without your name or email, only so that statistics about the ' +
          'questionnaire stay correct. Nobody can connect them to you any more.',
      };
    });
  }

  /**
   * The privacy notice a candidate reads before applying, by the public preview slug. Kept
   * for a few seconds per slug, like the preview itself (the job page asks on every view).
   */
  async noticeForSlug(slug: string): Promise<PublicPrivacyNoticeDto> {
    if (!SLUG.test(slug)) throw notFound('Preview');
    const cached = this.notices.get(slug);
    if (cached && cached.until > Date.now()) return cached.notice;
    const notice = await this.readNotice(slug);
    if (this.notices.size >= NOTICE_CACHE_SIZE) this.notices.clear();
    this.notices.set(slug, { notice, until: Date.now() + NOTICE_CACHE_MS });
    return notice;
  }

  private async readNotice(slug: string): Promise<PublicPrivacyNoticeDto> {
    const rows = await this.candidates.roleOfPublishedSlug(slug);
    if (!rows) throw notFound('Preview');
    const notice = await this.settings.noticeOfRole(rows.jobRoleId);
    if (!notice) throw notFound('Preview');
    return { version: notice.version, organizationName: rows.organizationName, text: notice.text };
  }

  /** Same as the questionnaire's lookup: only failed lookups count against the address. */
  private async find(token: string, address: string): Promise<CandidateRecord> {
    if (isWellFormedToken(token)) {
      const record = await this.candidates.recordByTokenHash(hashAssessmentToken(token));
      if (record) return record;
    }
    const failures = await this.limits.tokenFailures.hit(address);
    if (!failures.allowed) {
      throw tooManyRequests(failures.retryAfterSeconds, 'failed link lookups');
    }
    throw notFound('Assessment');
  }
}
