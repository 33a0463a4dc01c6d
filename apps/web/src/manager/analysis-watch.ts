import { staffApi as api } from '../staff/staff-api';

export type AnalysisStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface AnalysisState {
  id: string;
  status: AnalysisStatus;
  progress: number;
  error?: string | null;
}

const POLL_MS = 700;
const TERMINAL: ReadonlySet<AnalysisStatus> = new Set(['completed', 'failed']);

/**
 * Follows an analysis until it completes or fails: server-sent events from
 * `GET /analyses/:id/events`, read through the typed client (fetch) because EventSource cannot
 * send the bearer token; when the stream is not available or ends early (it closes after ten
 * minutes, or a proxy cuts it), polling `GET /analyses/:id`.
 * Resolves with the final state; stops when `signal` aborts.
 */
export async function watchAnalysis(
  id: string,
  onState: (state: AnalysisState) => void,
  signal: AbortSignal,
): Promise<AnalysisState | undefined> {
  const streamed = await followEvents(id, onState, signal).catch(() => undefined);
  if (streamed && TERMINAL.has(streamed.status)) return streamed;
  return poll(id, onState, signal);
}

async function followEvents(
  id: string,
  onState: (state: AnalysisState) => void,
  signal: AbortSignal,
): Promise<AnalysisState | undefined> {
  const { data: body, response } = await api.GET('/api/v1/analyses/{id}/events', {
    params: { path: { id } },
    headers: { accept: 'text/event-stream' },
    parseAs: 'stream',
    signal,
  });
  if (!response.ok || !body) return undefined;
  if (!response.headers.get('content-type')?.includes('text/event-stream')) return undefined;
  let last: AnalysisState | undefined;
  for await (const event of readEvents(body)) {
    if (!event.data) continue;
    const data = JSON.parse(event.data) as AnalysisState;
    last = { id: data.id, status: data.status, progress: data.progress, error: data.error };
    onState(last);
    if (TERMINAL.has(last.status)) break;
  }
  return last;
}

async function poll(
  id: string,
  onState: (state: AnalysisState) => void,
  signal: AbortSignal,
): Promise<AnalysisState | undefined> {
  while (!signal.aborted) {
    const { data } = await api.GET('/api/v1/analyses/{id}', {
      params: { path: { id } },
      signal,
    });
    if (data) {
      const state: AnalysisState = {
        id: data.id,
        status: data.status,
        progress: data.progress,
        error: data.error,
      };
      onState(state);
      if (TERMINAL.has(state.status)) return state;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return undefined;
}

export interface ServerSentEvent {
  event: string;
  data: string;
}

/** Parses a text/event-stream body (events end at a blank line; `:` lines are comments). */
export async function* readEvents(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event = 'message';
  let data: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.search(/\r?\n/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer[newline] === '\r' ? 2 : 1));
        if (line === '') {
          if (data.length > 0) yield { event, data: data.join('\n') };
          event = 'message';
          data = [];
        } else if (line.startsWith(':')) continue;
        else {
          const colon = line.indexOf(':');
          const name = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (name === 'event') event = value;
          else if (name === 'data') data.push(value);
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
}
