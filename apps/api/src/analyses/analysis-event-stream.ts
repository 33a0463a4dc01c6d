import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { type AnalysisState, TeamAnalysisRepository } from '@rolefit/persistence';
import type { FastifyReply } from 'fastify';
import { AnalysisNotifications } from './analysis-notifications';

/** Re-read the row this often whatever the notifications say (a lost LISTEN, a missed one). */
const POLL_MS = 2000;
/** A comment line keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;
/** Streams end after this long; EventSource-style clients reconnect (`retry` below). */
const MAX_STREAM_MS = 10 * 60_000;
const RETRY_MS = 2000;

const TERMINAL = new Set(['completed', 'failed']);

/** The `data` of every event. */
export interface AnalysisEventData {
  id: string;
  status: AnalysisState['status'];
  progress: number;
  /** Only on `failed`. */
  error?: string | null;
  /** Only on `completed`. */
  completedAt?: string | null;
}

/**
 * Server-sent events for one analysis: a `progress` event for its current state and for every
 * change, then one final `completed` or `failed` event, and the stream ends. Changes arrive by
 * PostgreSQL notification (the worker only writes the row), with a poll every 2 s as the
 * fallback. Written on the raw response after Fastify hands it over (`hijack`), keeping the
 * headers the app already set (security headers, request id).
 */
@Injectable()
export class AnalysisEventStreams implements OnModuleDestroy {
  private readonly open = new Set<() => void>();
  private closing = false;

  constructor(
    private readonly notifications: AnalysisNotifications,
    private readonly analyses: TeamAnalysisRepository,
  ) {}

  /** Ends every stream, so a graceful shutdown does not wait for clients. */
  onModuleDestroy(): void {
    this.closing = true;
    for (const end of [...this.open]) end();
  }

  /** `initial` is the tenant-checked state read by the caller. */
  stream(reply: FastifyReply, organizationId: string, initial: AnalysisState): void {
    const raw = reply.raw;
    reply.hijack();
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: ${RETRY_MS}\n\n`);

    let last = '';
    let ended = false;
    const timers: NodeJS.Timeout[] = [];
    const end = () => {
      if (ended) return;
      ended = true;
      unsubscribe();
      timers.forEach((t) => clearInterval(t));
      this.open.delete(end);
      raw.end();
    };
    const event = (name: string, data: AnalysisEventData) =>
      raw.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    const show = (state: AnalysisState) => {
      if (ended) return;
      const key = `${state.status}:${state.progress}`;
      if (key !== last) {
        last = key;
        event('progress', { id: state.id, status: state.status, progress: state.progress });
      }
      if (!TERMINAL.has(state.status)) return;
      event(
        state.status,
        state.status === 'completed'
          ? {
              id: state.id,
              status: state.status,
              progress: 100,
              completedAt: iso(state.completedAt),
            }
          : { id: state.id, status: state.status, progress: state.progress, error: state.error },
      );
      end();
    };
    const reread = () => {
      void this.analyses
        .findState(organizationId, initial.id)
        .then((state) => (state ? show(state) : end()))
        .catch(() => undefined); // the next poll tries again
    };

    const unsubscribe = this.notifications.onAnalysis(initial.id, (n) => {
      if (n.status === 'deleted') return end();
      // Final states are read back for their error / completion time; progress is in the payload.
      if (TERMINAL.has(n.status)) return reread();
      show({ ...initial, status: n.status, progress: n.progress });
    });
    this.open.add(end);
    raw.on('close', end);
    timers.push(setInterval(reread, POLL_MS));
    timers.push(setInterval(() => !ended && raw.write(': keep-alive\n\n'), HEARTBEAT_MS));
    timers.push(setInterval(end, MAX_STREAM_MS));
    show(initial);
    // Anything that changed between the caller's read and the subscription.
    if (!ended) reread();
    if (this.closing) end();
  }
}

function iso(date: Date | null): string | null {
  return date ? new Date(date).toISOString() : null;
}
