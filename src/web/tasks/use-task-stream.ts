import { useEffect, useRef } from 'react';

export interface TaskStreamEvent {
  kind: 'assigned' | 'canceled' | 'completed' | 'created' | 'updated';
  taskId: string;
}

/** When the stream is down, the list still refreshes this often. */
const FALLBACK_POLL_MS = 15_000;

/**
 * Calls `onChange` when a task that may concern the user changes: server-sent events from
 * /api/tasks/stream (fed by the projection of the engine's user tasks, within milliseconds), and a
 * slow poll as a safety net while the stream is reconnecting.
 */
export function useTaskStream(onChange: (event: TaskStreamEvent | null) => void): void {
  const handler = useRef(onChange);
  handler.current = onChange;

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/api/tasks/stream', { withCredentials: true });
    let connected = false;
    source.addEventListener('ready', () => {
      // After a reconnect, changes may have been missed: refresh once.
      if (connected) handler.current(null);
      connected = true;
    });
    source.addEventListener('task', (message) => {
      try {
        handler.current(JSON.parse((message as MessageEvent<string>).data) as TaskStreamEvent);
      } catch {
        handler.current(null);
      }
    });
    const poll = window.setInterval(() => {
      if (source.readyState !== EventSource.OPEN) handler.current(null);
    }, FALLBACK_POLL_MS);
    return () => {
      window.clearInterval(poll);
      source.close();
    };
  }, []);
}
