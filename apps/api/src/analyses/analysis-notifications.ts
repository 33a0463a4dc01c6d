import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { type ChannelListener, listenToChannel } from '@rolefit/persistence';

/** What PostgreSQL announces on every change of an analysis row (see the AnalysisEvents migration). */
export interface AnalysisNotification {
  id: string;
  teamId: string;
  organizationId: string;
  status: 'queued' | 'running' | 'completed' | 'failed' | 'deleted';
  progress: number;
}

type Listener = (notification: AnalysisNotification) => void;

const CHANNEL = 'rolefit_analysis';
const RETRY_MS = 1000;

/**
 * One LISTEN connection per API process for the `rolefit_analysis` channel, fanned out to
 * whoever subscribed: the progress streams (by analysis) and the role-map cache (everything).
 * A dropped connection is opened again after a second; meanwhile subscribers fall back on their
 * own polling, so nothing depends on a notification arriving.
 */
@Injectable()
export class AnalysisNotifications implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AnalysisNotifications.name);
  private readonly byAnalysis = new Map<string, Set<Listener>>();
  private readonly everything = new Set<Listener>();
  private listener?: ChannelListener;
  private stopped = false;
  private failing = false;

  constructor(private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    void this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.listener?.close();
  }

  /** Notifications about one analysis; returns the unsubscribe function. */
  onAnalysis(id: string, listener: Listener): () => void {
    let set = this.byAnalysis.get(id);
    if (!set) this.byAnalysis.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.byAnalysis.get(id) === set) this.byAnalysis.delete(id);
    };
  }

  /** Every notification; returns the unsubscribe function. */
  onAny(listener: Listener): () => void {
    this.everything.add(listener);
    return () => this.everything.delete(listener);
  }

  private dispatch(payload: string | undefined): void {
    if (!payload) return;
    let notification: AnalysisNotification;
    try {
      notification = JSON.parse(payload) as AnalysisNotification;
    } catch {
      return;
    }
    for (const listener of this.everything) listener(notification);
    for (const listener of this.byAnalysis.get(notification.id) ?? []) listener(notification);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const listener = listenToChannel(
      this.config.DATABASE_URL,
      CHANNEL,
      (payload) => this.dispatch(payload),
      (error) => {
        if (error && !this.failing && !this.stopped) {
          this.logger.warn(`analysis LISTEN unavailable, polling: ${error.message}`);
          this.failing = true;
        }
        if (!this.stopped) setTimeout(() => void this.listen(), RETRY_MS).unref();
      },
    );
    this.listener = listener;
    try {
      await listener.ready;
      if (this.failing) this.logger.log('analysis LISTEN restored');
      this.failing = false;
    } catch {
      // reported and retried by the onLost callback
    }
  }
}
