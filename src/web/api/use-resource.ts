import { useCallback, useEffect, useState } from 'react';

export type Resource<T> = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; value: T };

/**
 * Loads data for a page (monitoring, modeler, ...) and loads it again when `key` changes or `reload()` is called; an answer that
 * arrives after the page moved on is dropped (the request is aborted).
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Resource<T> & { reload(): void } {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    load(controller.signal)
      .then((value) => setState({ status: 'ready', value }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ error, status: 'failed' });
      });
    return () => controller.abort();
    // `load` is a new function each render; the key says when the data it loads changes.
  }, [key, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
}
