import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { PageHeading } from './page-heading';

/** A part of the app that is announced but not built yet: what it is for and what will come. */
export function PlaceholderPage({ intro, items, title }: { intro: string; items: string[]; title: string }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <>
      <PageHeading title={title} />
      <p className="lead">{intro}</p>
      <section className="panel" aria-labelledby={headingId}>
        <p className="badge">{t.placeholder.comingSoon}</p>
        <h2 id={headingId} className="panel__title">
          {t.placeholder.whatComes}
        </h2>
        <ul className="list">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
