import { useId, useState } from 'react';
import { format } from '../../i18n/i18n';
import type { ModelHistory, Proposal } from '../models.api';
import { formatDateTime, useModelerTexts } from '../use-modeler-texts';
import { ApprovalReview } from './approval-review';
import { CommentForm } from './comment-form';

interface DeploymentPanelProps {
  history: ModelHistory;
  /** The number of the version in use, if the service knows which saved version it is. */
  inUse: number | null;
  onApprove: (proposal: Proposal, comment: string) => Promise<void>;
  onReject: (proposal: Proposal, reason: string) => Promise<void>;
  processId: string;
  userId: string;
}

/**
 * Putting a version into use: the open proposal with review-and-approve and reject for a second
 * process owner (the four-eyes and region rules are explained, and enforced by the service), and the
 * history of proposals and deployments with the engine's version and key and each decision's comment.
 */
export function DeploymentPanel({ history, inUse, onApprove, onReject, processId, userId }: DeploymentPanelProps) {
  const { locale, m } = useModelerTexts();
  const headingId = useId();
  const historyId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const pending = history.proposals.find((proposal) => proposal.status === 'PENDING') ?? null;
  const own = pending !== null && (pending.proposerId === userId || pending.version.authorId === userId);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale, m) : '');

  return (
    <section className="modeler-section deployment" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.deploy.title}</h2>
      <p className="deployment__rule">{m.deploy.fourEyes}</p>
      <p className="deployment__rule">{m.deploy.regionRule}</p>
      {pending ? (
        <div className="deployment__pending" data-testid="pending-proposal">
          <p>{format(m.deploy.pending, { comment: pending.comment, date: when(pending.proposedAt), number: pending.version.number, proposer: pending.proposerName })}</p>
          {own && <p className="notice notice--info">{m.deploy.ownProposal}</p>}
          {!reviewing && (
            <div className="form__actions">
              {!own && (
                <button type="button" className="button button--primary" onClick={() => setReviewing(true)}>
                  {m.deploy.review}
                </button>
              )}
              <button type="button" className="button button--secondary" onClick={() => setRejecting(true)}>
                {pending.proposerId === userId ? m.deploy.withdraw : m.deploy.reject}
              </button>
            </div>
          )}
          {reviewing && !own && (
            <ApprovalReview
              key={pending.id}
              processId={processId}
              proposal={pending}
              inUse={inUse}
              onCancel={() => setReviewing(false)}
              onApprove={(comment) => onApprove(pending, comment)}
            />
          )}
          {rejecting && (
            <CommentForm
              autoFocus
              label={m.deploy.rejectReason}
              missing={m.save.commentMissing}
              submitLabel={m.deploy.rejectSubmit}
              onCancel={() => setRejecting(false)}
              onSubmit={async (reason) => {
                await onReject(pending, reason);
                setRejecting(false);
              }}
            />
          )}
        </div>
      ) : (
        <p>{m.deploy.none}</p>
      )}
      <h3 id={historyId}>{m.deploy.historyTitle}</h3>
      {history.proposals.length === 0 && history.deployments.length === 0 ? (
        <p>{m.deploy.noHistory}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={historyId} tabIndex={0}>
          <table className="modeler-table" data-testid="deployment-history">
            <caption className="visually-hidden">{m.deploy.historyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.deploy.columns.version}</th>
                <th scope="col">{m.deploy.columns.proposed}</th>
                <th scope="col">{m.deploy.columns.decided}</th>
                <th scope="col">{m.deploy.columns.status}</th>
                <th scope="col">{m.deploy.columns.engine}</th>
              </tr>
            </thead>
            <tbody>
              {history.proposals.map((proposal) => (
                <tr key={proposal.id} data-status={proposal.status}>
                  <th scope="row">{proposal.version.number}</th>
                  <td>
                    {format(m.deploy.by, { date: when(proposal.proposedAt), name: proposal.proposerName })}
                    <br />
                    <span className="muted">{proposal.comment}</span>
                  </td>
                  <td>
                    {proposal.deciderName ? format(m.deploy.by, { date: when(proposal.decidedAt), name: proposal.deciderName }) : '—'}
                    {proposal.decisionNote && (
                      <>
                        <br />
                        <span className="muted">{proposal.decisionNote}</span>
                      </>
                    )}
                  </td>
                  <td>{m.deploy.status[proposal.status]}</td>
                  <td>{proposal.engineVersion !== null && proposal.processDefinitionKey ? format(m.deploy.engineKey, { key: proposal.processDefinitionKey, version: proposal.engineVersion }) : '—'}</td>
                </tr>
              ))}
              {history.deployments
                .filter((deployment) => deployment.source === 'startup')
                .map((deployment) => (
                  <tr key={deployment.processDefinitionKey} data-status="STARTUP">
                    <th scope="row">{deployment.versionNumber ?? '—'}</th>
                    <td colSpan={2}>{m.deploy.startup}</td>
                    <td>{formatDateTime(deployment.deployedAt, locale, m)}</td>
                    <td>{format(m.deploy.engineKey, { key: deployment.processDefinitionKey, version: deployment.engineVersion })}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
