import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { status: 'loading' } | { error: unknown; status: 'failed' } | { status: 'ready'; value: T };

/**
 * Loads data for the modeler and loads it again when `key` changes or `reload()` is called; an answer
 * that arrives after the page moved on is dropped (the request is aborted).
 */
export function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> & { reload(): void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
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
    // `load` is a new function each render; the key says when what it loads changes.
  }, [key, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
}
