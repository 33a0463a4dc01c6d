import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  /** HTTP status of a failed load (404 for another organisation's id), 0 for no connection. */
  failed: number | null;
  loading: boolean;
  reload: () => void;
  setData: (data: T | undefined) => void;
}

interface LoadState<T> {
  key: string;
  data: T | undefined;
  failed: number | null;
}

/**
 * Runs a typed API call when `deps` change (or on reload) and keeps its answer. `load` returns
 * the openapi-fetch result (`{ data, response }`); an OK answer without a body is not a failure.
 */
export function useLoad<T>(
  load: () => Promise<{ data?: T; response: Response }>,
  deps: readonly unknown[],
): Loaded<T> {
  const [round, setRound] = useState(0);
  const key = `${round}:${JSON.stringify(deps)}`;
  const [state, setState] = useState<LoadState<T>>({ key: '', data: undefined, failed: null });
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    let cancelled = false;
    loadRef
      .current()
      .then(({ data, response }) => {
        if (cancelled) return;
        setState((previous) =>
          response.ok
            ? { key, data, failed: null }
            : { key, data: previous.data, failed: response.status },
        );
      })
      .catch(() => {
        if (!cancelled) setState((previous) => ({ key, data: previous.data, failed: 0 }));
      });
    return () => {
      cancelled = true;
    };
  }, [key]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const setData = useCallback(
    (data: T | undefined) => setState((previous) => ({ ...previous, data })),
    [],
  );
  return {
    data: state.data,
    failed: state.failed,
    loading: state.key !== key,
    reload,
    setData,
  };
}
