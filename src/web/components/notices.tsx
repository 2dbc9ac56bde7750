import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { getLocation } from '../router/history';
import { useLocation } from '../router/router';

export type NoticeKind = 'error' | 'info' | 'success';

interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
  /** The navigation count when the notice was made: it survives the next navigation, not two. */
  madeAt: number;
}

interface Notices {
  dismiss(id: number): void;
  notices: Notice[];
  notify(kind: NoticeKind, text: string): void;
}

const NoticesContext = createContext<Notices | null>(null);

/** Notices that outlive a redirect ("U bent afgemeld." on the sign-in page) and are read aloud. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const { navigations } = useLocation();
  useEffect(() => {
    setNotices((list) => list.filter((notice) => notice.madeAt >= navigations - 1));
  }, [navigations]);
  const notify = useCallback((kind: NoticeKind, text: string) => {
    const notice = { id: nextId.current++, kind, madeAt: getLocation().navigations, text };
    setNotices((list) => [...list.filter((other) => other.text !== text), notice]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);
  const value = useMemo(() => ({ dismiss, notices, notify }), [dismiss, notices, notify]);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotices(): Pick<Notices, 'notify'> {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('useNotices() outside <NoticesProvider>');
  return value;
}

/**
 * The live region: always in the page (a screen reader only announces changes to a region it has
 * already seen), polite, and each notice can be closed; notices never disappear on a timer.
 */
export function NoticeRegion() {
  const value = useContext(NoticesContext);
  const { t } = useI18n();
  if (!value) throw new Error('<NoticeRegion> outside <NoticesProvider>');
  return (
    <div className="notices" role="status" aria-live="polite">
      {value.notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.kind}`}>
          <p className="notice__text">{notice.text}</p>
          <button type="button" className="notice__close" onClick={() => value.dismiss(notice.id)} aria-label={t.notices.close}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
