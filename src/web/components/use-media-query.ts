import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the app lays itself out for a phone (43.75rem = 700 px at the default font size). */
export const PHONE_QUERY = '(max-width: 43.75rem)';

/** Whether a CSS media query holds now; the component renders again when that changes (a turned phone, a resized window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
