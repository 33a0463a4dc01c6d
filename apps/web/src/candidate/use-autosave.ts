import { useCallback, useEffect, useRef, useState } from 'react';
import { saveAnswers, type Failure } from './candidate-api';
import type { Answer, Answers } from './model';

export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'failed';

interface Options {
  token: string;
  /** Answers given earlier but not yet on the server (kept on this device). */
  initialPending: Answers;
  /** Called whenever the unsent answers change, to keep them on the device. */
  persist: (pending: Answers) => void;
  /** The link stopped working (expired, erased) or the questionnaire was submitted elsewhere. */
  onFatal: (failure: Extract<Failure, 'gone' | 'submitted'>) => void;
}

/**
 * Every answer is saved as soon as it is given. One request at a time carries everything not
 * yet saved; answers given meanwhile go in the next one. Offline (or after a failed save) the
 * answers stay queued — and on the device — and go out when the connection returns, or when
 * the candidate presses retry.
 */
export function useAutosave({ token, initialPending, persist, onFatal }: Options) {
  const pending = useRef<Answers>({ ...initialPending });
  /** The save request on its way, if any: one at a time. */
  const inFlight = useRef<Promise<unknown> | undefined>(undefined);
  const [state, setState] = useState<SaveState>(
    Object.keys(initialPending).length > 0 ? 'offline' : 'idle',
  );
  const [unsent, setUnsent] = useState(Object.keys(initialPending).length);
  const callbacks = useRef({ persist, onFatal });
  useEffect(() => {
    callbacks.current = { persist, onFatal };
  });

  /** Sends everything unsent; true when nothing is left unsaved. */
  const flush = useCallback(async (): Promise<boolean> => {
    for (;;) {
      while (inFlight.current) await inFlight.current;
      const batch = { ...pending.current };
      if (Object.keys(batch).length === 0) return true;
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        setState('offline');
        return false;
      }
      setState('saving');
      const request = saveAnswers(token, batch);
      inFlight.current = request;
      const result = await request;
      inFlight.current = undefined;
      if (!result.ok) {
        if (result.failure === 'gone' || result.failure === 'submitted') {
          callbacks.current.onFatal(result.failure);
        } else {
          setState(result.failure === 'network' ? 'offline' : 'failed');
        }
        return false;
      }
      // Keep only what changed while this request was out; send that in the next round.
      for (const [key, value] of Object.entries(batch)) {
        if (pending.current[key] === value) delete pending.current[key];
      }
      callbacks.current.persist(pending.current);
      setUnsent(Object.keys(pending.current).length);
      if (Object.keys(pending.current).length === 0) {
        setState('saved');
        return true;
      }
    }
  }, [token]);

  const record = useCallback(
    (key: string, value: Answer) => {
      pending.current = { ...pending.current, [key]: value };
      callbacks.current.persist(pending.current);
      setUnsent(Object.keys(pending.current).length);
      void flush();
    },
    [flush],
  );

  // Back online: send what waited. Also try once at start for answers kept from last time.
  useEffect(() => {
    const online = () => void flush();
    window.addEventListener('online', online);
    const start = setTimeout(online, 0);
    return () => {
      clearTimeout(start);
      window.removeEventListener('online', online);
    };
  }, [flush]);

  const pendingSnapshot = useCallback(() => ({ ...pending.current }), []);

  return { state, unsent, record, flush, pendingSnapshot };
}
