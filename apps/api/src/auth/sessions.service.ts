import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { SessionRepository, Transactions, type Tx, type UserRole } from '@rolefit/persistence';
import { createHash, randomBytes } from 'node:crypto';
import { ProblemException } from '../common/problem/problem-exception';
import { clearedRefreshCookie, refreshCookie } from './refresh-cookie';
import { TokenService, type IssuedAccessToken } from './token.service';

const DAY_MS = 24 * 3600 * 1000;
/**
 * An old refresh token presented this soon after it was rotated is a second tab refreshing
 * at the same moment, not a thief: it gets an access token but no new cookie (the browser
 * already stores the newest one). Later, an old token means it was copied: the session ends.
 */
const ROTATION_GRACE_MS = 10_000;

export interface SignedIn extends IssuedAccessToken {
  /** Set-Cookie value, or undefined to leave the browser's cookie as it is. */
  cookie?: string;
}

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Sessions: start at sign-in, refresh with rotation and reuse detection, end at sign-out. */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger(SessionsService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
    private readonly transactions: Transactions,
    private readonly tokens: TokenService,
  ) {}

  async start(
    user: { id: string; organizationId: string; role: UserRole },
    tx?: Tx,
  ): Promise<SignedIn> {
    const secret = randomBytes(32).toString('base64url');
    const sessionId = await this.sessions.create(tx, user.id, hash(secret), this.expiry());
    return {
      ...(await this.tokens.issue(user, sessionId)),
      cookie: refreshCookie(`${sessionId}.${secret}`, this.maxAgeSeconds()),
    };
  }

  /** A new access token (and rotated refresh cookie) for a refresh cookie's value. */
  async refresh(cookieValue: string | undefined): Promise<SignedIn> {
    if (!cookieValue) throw sessionEnded('No session: sign in');
    const [sessionId, secret] = cookieValue.split('.');
    // The revocation on reuse must commit, so the transaction returns the outcome and the
    // error is thrown after it.
    const outcome = await this.transactions.run(
      async (tx): Promise<SignedIn | 'ended' | 'reused'> => {
        const s = await this.sessions.lockForRefresh(tx, sessionId);
        if (!s || s.revokedAt || s.expiresAt.getTime() <= Date.now() || !s.active) return 'ended';
        const presented = hash(secret);
        const user = { id: s.userId, organizationId: s.organizationId, role: s.role };
        if (presented === s.refreshHash) {
          const next = randomBytes(32).toString('base64url');
          await this.sessions.rotate(tx, s.id, hash(next), this.expiry());
          return {
            ...(await this.tokens.issue(user, s.id)),
            cookie: refreshCookie(`${s.id}.${next}`, this.maxAgeSeconds()),
          };
        }
        const rotatedAgo = s.rotatedAt ? Date.now() - s.rotatedAt.getTime() : Infinity;
        if (presented === s.previousHash && rotatedAgo < ROTATION_GRACE_MS) {
          return this.tokens.issue(user, s.id);
        }
        // An old refresh token: someone holds a copy. End the session for everyone.
        await this.sessions.revoke(tx, s.id, 'refresh token reuse');
        this.logger.warn(`refresh token reuse: session ${s.id} revoked`);
        return 'reused';
      },
    );
    if (outcome === 'ended') throw sessionEnded('The session has ended; sign in again');
    if (outcome === 'reused') {
      throw sessionEnded('This sign-in was used from elsewhere and has been ended; sign in again');
    }
    return outcome;
  }

  /** Ends the session of a refresh cookie and/or an access token's session id. */
  async end(cookieValue: string | undefined, sessionId?: string): Promise<void> {
    const ids = new Set<string>();
    if (cookieValue) ids.add(cookieValue.split('.')[0]);
    if (sessionId) ids.add(sessionId);
    for (const id of ids) await this.sessions.revoke(undefined, id, 'signed out');
  }

  /** Ends every session of a user (but `keep`, the caller's own, when given). */
  async endAllOf(userId: string, reason: string, keep?: string, tx?: Tx): Promise<void> {
    await this.sessions.revokeAllOfUser(tx, userId, reason, keep);
  }

  private expiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS);
  }

  private maxAgeSeconds(): number {
    return this.config.REFRESH_TOKEN_TTL_DAYS * 86400;
  }
}

function sessionEnded(detail: string): ProblemException {
  return new ProblemException(401, detail, undefined, { 'set-cookie': clearedRefreshCookie() });
}
