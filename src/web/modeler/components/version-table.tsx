import { useId, useState } from 'react';
import { format } from '../../i18n/i18n';
import type { VersionSummary } from '../models.api';
import { formatDateTime, useModelerTexts } from '../use-modeler-texts';
import { CommentForm } from './comment-form';

interface VersionTableProps {
  /** The version open in the editor. */
  current: number | null;
  inUse: number | null;
  onOpen: (number: number) => void;
  onPropose: (number: number, comment: string) => Promise<void>;
  onRestore: (number: number, comment: string) => Promise<void>;
  proposed: number | null;
  versions: VersionSummary[];
}

type Action = { kind: 'propose' | 'restore'; number: number } | null;

/** Every saved version with who saved it, why and what the checks found; open, restore or propose one. */
export function VersionTable({ current, inUse, onOpen, onPropose, onRestore, proposed, versions }: VersionTableProps) {
  const { locale, m } = useModelerTexts();
  const headingId = useId();
  const [action, setAction] = useState<Action>(null);
  const columns = m.versions.columns;
  const originOf = (version: VersionSummary) => format(m.versions.origin[version.origin], { from: version.restoredFrom ?? '' });
  return (
    <section className="modeler-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.versions.title}</h2>
      <div className="table-scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table className="modeler-table">
          <caption id={`${headingId}-caption`} className="visually-hidden">
            {m.versions.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{columns.number}</th>
              <th scope="col">{columns.comment}</th>
              <th scope="col">{columns.author}</th>
              <th scope="col">{columns.date}</th>
              <th scope="col">{columns.checks}</th>
              <th scope="col">{columns.state}</th>
              <th scope="col">{columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.number} aria-current={version.number === current ? 'true' : undefined} data-version={version.number}>
                <th scope="row">{version.number}</th>
                <td>
                  {version.origin === 'SHIPPED' ? originOf(version) : version.comment}
                  {version.origin === 'RESTORED' && <span className="muted"> · {originOf(version)}</span>}
                </td>
                <td>{version.authorName ?? m.common.unknownAuthor}</td>
                <td>{formatDateTime(version.createdAt, locale, m)}</td>
                <td className={version.errorCount > 0 ? 'text-error' : undefined}>{format(m.versions.checks, { errors: version.errorCount, warnings: version.warningCount })}</td>
                <td>
                  {version.number === inUse && <span className="tag tag--success">{m.versions.inUse}</span>}
                  {version.number === proposed && <span className="tag tag--info">{m.versions.proposed}</span>}
                </td>
                <td className="modeler-table__actions">
                  <button type="button" className="button button--secondary button--small" onClick={() => onOpen(version.number)} aria-label={format(m.versions.openLabel, { number: version.number })}>
                    {m.versions.open}
                  </button>
                  <button type="button" className="button button--secondary button--small" onClick={() => setAction({ kind: 'restore', number: version.number })} aria-label={format(m.versions.restoreLabel, { number: version.number })}>
                    {m.versions.restore}
                  </button>
                  {version.number !== inUse && (
                    <>
                      {/* A version with errors cannot be proposed (the service refuses it too): say why with the button. */}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setAction({ kind: 'propose', number: version.number })}
                        aria-label={format(m.versions.proposeLabel, { number: version.number })}
                        disabled={version.errorCount > 0}
                        aria-describedby={version.errorCount > 0 ? `${headingId}-blocked-${version.number}` : undefined}
                      >
                        {m.versions.propose}
                      </button>
                      {version.errorCount > 0 && (
                        <span className="modeler-table__reason" id={`${headingId}-blocked-${version.number}`} data-testid="propose-blocked">
                          {format(version.errorCount === 1 ? m.versions.proposeBlockedOne : m.versions.proposeBlocked, { errors: version.errorCount })}
                        </span>
                      )}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {action && (
        <div className="inline-action">
          <h3>{format(action.kind === 'restore' ? m.versions.restoreLabel : m.versions.proposeLabel, { number: action.number })}</h3>
          <CommentForm
            key={`${action.kind}-${action.number}`}
            autoFocus
            label={action.kind === 'restore' ? m.versions.restoreComment : m.versions.proposeComment}
            missing={m.save.commentMissing}
            submitLabel={action.kind === 'restore' ? m.versions.restoreSubmit : m.versions.proposeSubmit}
            onCancel={() => setAction(null)}
            onSubmit={async (comment) => {
              await (action.kind === 'restore' ? onRestore(action.number, comment) : onPropose(action.number, comment));
              setAction(null);
            }}
          />
        </div>
      )}
    </section>
  );
}
