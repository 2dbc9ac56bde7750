import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface ScrollTableProps {
  children: ReactNode;
  /** Extra classes of the box (spacing); the box always scrolls sideways when its table is wider. */
  className?: string;
  /** The id of what names the table (its caption, or the heading above it). */
  labelledBy: string;
}

/**
 * The box around every table of the app. A table wider than the screen (a phone, many columns)
 * scrolls sideways inside it, and the box then becomes a region named by the table that takes
 * keyboard focus, so that someone without a mouse or touch screen can scroll it with the arrow keys
 * (WCAG 2.1.1; axe's scrollable-region-focusable). A table that fits gets neither: a tab stop and a
 * landmark that lead nowhere are only noise. Whether it fits is measured again whenever the box or
 * the table changes size (a turned phone, rows added, a figure's table unfolded).
 */
export function ScrollTable({ children, className, labelledBy }: ScrollTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={`scroll-table${className ? ` ${className}` : ''}`} {...(scrolls ? { 'aria-labelledby': labelledBy, role: 'region', tabIndex: 0 } : {})} data-scrolls={scrolls || undefined}>
      {children}
    </div>
  );
}
