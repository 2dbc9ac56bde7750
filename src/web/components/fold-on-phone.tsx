import { useState, type ReactNode } from 'react';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';

interface FoldOnPhoneProps {
  /** What folds away. */
  children: ReactNode;
  bodyClassName?: string;
  headingClassName?: string;
  headingId: string;
  /** The heading as the button says it on a phone, e.g. with how many filters are on. */
  phoneTitle?: string;
  title: string;
}

/**
 * A panel's heading and body. On a phone the body starts folded away behind its heading, which is
 * then a disclosure button (aria-expanded) that says what is inside, so that the page opens on what
 * matters (the tasks, not their filters); on anything larger the heading is plain text and the body
 * is always shown.
 */
export function FoldOnPhone({ bodyClassName, children, headingClassName, headingId, phoneTitle, title }: FoldOnPhoneProps) {
  const phone = useMediaQuery(PHONE_QUERY);
  const [open, setOpen] = useState(false);
  const bodyId = `${headingId}-inhoud`;
  return (
    <>
      <h2 id={headingId} className={headingClassName}>
        {phone ? (
          <button type="button" className="fold-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((current) => !current)}>
            {phoneTitle ?? title}
          </button>
        ) : (
          title
        )}
      </h2>
      <div id={bodyId} className={bodyClassName} hidden={phone && !open}>
        {children}
      </div>
    </>
  );
}
