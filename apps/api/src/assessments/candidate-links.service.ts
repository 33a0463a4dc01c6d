import { Injectable } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { CandidateLinkMail, SecretBox } from '@rolefit/mail';
import { AssessmentLinkRepository, type OpenAssessment, type Tx } from '@rolefit/persistence';
import { issueAssessmentToken } from './assessment-token';

const DAY_MS = 24 * 3600 * 1000;
/** A public application re-sends an existing link at most this often (no inbox flooding). */
const PUBLIC_RESEND_SECONDS = 600;

export interface LinkRequest {
  organizationId: string;
  jobRoleId: string;
  questionnaireVersionId: string;
  name: string;
  email: string;
  locale: string;
  source: 'invitation' | 'application';
  previewId?: string;
  previewVersion?: number;
}

export type LinkOutcome =
  /** A new assessment; `token` is its link (shown to staff once, and emailed). */
  | { kind: 'created'; id: string; token: string; expiresAt: Date }
  /** The email already had an open assessment: its own link is (re-)sent to its own address. */
  | { kind: 'existing'; id: string; expiresAt: Date; mailed: boolean }
  /** Submitted for this role within the retake cooldown: nothing is created or sent. */
  | { kind: 'cooldown'; submittedAt: Date; retakeFrom: Date };

/**
 * Candidate links that only their owner can use. A link is created once per open assessment
 * and only ever travels to the candidate's own address; asking again (a public application
 * with someone's email, a staff re-invite) re-sends THAT link by email and never returns a
 * token or changes it, so the candidate's link keeps working and nobody else gets it. Only an
 * expired link is replaced (nobody holds a working one). One submitted attempt per role and
 * email within RETAKE_COOLDOWN_DAYS.
 */
@Injectable()
export class CandidateLinksService {
  private readonly box: SecretBox;

  constructor(
    private readonly config: AppConfig,
    private readonly links: AssessmentLinkRepository,
    private readonly mail: CandidateLinkMail,
  ) {
    this.box = new SecretBox(config.JWT_SECRET);
  }

  /** Inside the caller's transaction. */
  async open(tx: Tx, request: LinkRequest): Promise<LinkOutcome> {
    const email = request.email.trim().toLowerCase();
    const cooldownDays = this.config.RETAKE_COOLDOWN_DAYS;
    if (cooldownDays > 0) {
      const submittedAt = await this.links.submittedWithin(
        tx,
        request.jobRoleId,
        email,
        cooldownDays,
      );
      if (submittedAt) {
        return {
          kind: 'cooldown',
          submittedAt,
          retakeFrom: new Date(submittedAt.getTime() + cooldownDays * DAY_MS),
        };
      }
    }
    for (;;) {
      const link = this.newLink();
      const created = await this.links.insertIfNoneOpen(tx, {
        organizationId: request.organizationId,
        jobRoleId: request.jobRoleId,
        questionnaireVersionId: request.questionnaireVersionId,
        name: request.name,
        email,
        locale: request.locale,
        source: request.source,
        previewId: request.previewId ?? null,
        previewVersion: request.previewVersion ?? null,
        ...link,
      });
      if (created) {
        await this.mail.enqueue(tx, created.id, 'candidate-link');
        return { kind: 'created', id: created.id, token: link.token, expiresAt: link.expiresAt };
      }
      const open = await this.links.lockOpen(tx, request.jobRoleId, email);
      // Submitted between the two statements: go round once more (now the cooldown or a
      // fresh insert applies).
      if (!open) continue;
      return this.resend(tx, open, request.source === 'invitation' ? 0 : PUBLIC_RESEND_SECONDS);
    }
  }

  private async resend(tx: Tx, open: OpenAssessment, minSeconds: number): Promise<LinkOutcome> {
    let expiresAt = open.expiresAt;
    if (expiresAt.getTime() <= Date.now()) {
      expiresAt = (await this.links.renewExpiredLink(tx, open.id, this.newLink())) ?? expiresAt;
    }
    const mailed = await this.links.claimResend(tx, open.id, minSeconds);
    if (mailed) await this.mail.enqueue(tx, open.id, 'candidate-link');
    return { kind: 'existing', id: open.id, expiresAt, mailed };
  }

  private newLink() {
    const { token, hash } = issueAssessmentToken();
    return {
      token,
      tokenHash: hash,
      tokenSealed: this.box.seal(token),
      expiresAt: new Date(Date.now() + this.config.ASSESSMENT_TOKEN_TTL_DAYS * DAY_MS),
    };
  }
}
