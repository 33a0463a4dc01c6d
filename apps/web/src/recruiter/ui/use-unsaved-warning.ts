import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving a form with unsaved changes: inside the app (a link or the back button)
 * with a confirmation, and when the tab is closed or reloaded through the browser's own prompt.
 * Returns `saved()`, which lets a navigation made right after saving through (before React has
 * re-rendered with the form clean).
 */
export function useUnsavedWarning(dirty: boolean, message: string): () => void {
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  useBlocker(({ currentLocation, nextLocation }) => {
    if (!dirtyRef.current || currentLocation.pathname === nextLocation.pathname) return false;
    return !window.confirm(message);
  });
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return useCallback(() => {
    dirtyRef.current = false;
  }, []);
}
