import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { useLocation } from '../router/router';

/**
 * The page's h1. It names the browser tab, and after an in-app navigation it takes the focus, so that
 * a screen reader announces the new page and the next Tab starts at its content.
 */
export function PageHeading({ children, title }: { children?: ReactNode; title: string }) {
  const { t } = useI18n();
  const { navigations, pathname } = useLocation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t.app.titleSuffix}`;
  }, [title, t]);
  useEffect(() => {
    if (navigations > 0) ref.current?.focus({ preventScroll: true });
  }, [navigations, pathname]);
  return (
    <h1 ref={ref} className="page-title" tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
