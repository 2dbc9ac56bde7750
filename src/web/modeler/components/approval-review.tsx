import { useEffect, useId, useState } from 'react';
import { format } from '../../i18n/i18n';
import { modelsApi, type Proposal } from '../models.api';
import { useModelerTexts } from '../use-modeler-texts';
import { CommentForm } from './comment-form';
import { DiffDiagram } from './diff-diagram';
import { compareVersions, DiffView, type Comparison } from './diff-view';

interface ApprovalReviewProps {
  /** The number of the version in use, if the service knows which saved version it is. */
  inUse: number | null;
  onApprove: (comment: string) => Promise<void>;
  onCancel: () => void;
  processId: string;
  proposal: Proposal;
}

type Review = { kind: 'loading' } | { kind: 'failed' } | { comparison: Comparison; kind: 'diff' } | { kind: 'first'; xml: string };

/**
 * The approver's step: first what the proposed version changes against the version in use (or, when
 * none is known, the proposed version itself), and only then the approval with its required comment.
 */
export function ApprovalReview({ inUse, onApprove, onCancel, processId, proposal }: ApprovalReviewProps) {
  const { m } = useModelerTexts();
  const headingId = useId();
  const [review, setReview] = useState<Review>({ kind: 'loading' });
  const proposed = proposal.version.number;

  useEffect(() => {
    let cancelled = false;
    const load: Promise<Review> =
      inUse !== null && inUse !== proposed
        ? compareVersions(processId, inUse, proposed).then((comparison) => ({ comparison, kind: 'diff' }))
        : modelsApi.version(processId, proposed).then((version) => ({ kind: 'first', xml: version.xml }));
    load.then((loaded) => !cancelled && setReview(loaded)).catch(() => !cancelled && setReview({ kind: 'failed' }));
    return () => {
      cancelled = true;
    };
  }, [processId, inUse, proposed]);

  return (
    <section className="approval-review" aria-labelledby={headingId} data-testid="approval-review">
      <h3 id={headingId}>{format(m.deploy.reviewTitle, { number: proposed })}</h3>
      <p>{inUse !== null && inUse !== proposed ? format(m.deploy.reviewIntro, { inUse, number: proposed }) : format(m.deploy.reviewFirst, { number: proposed })}</p>
      <div role="status">
        {review.kind === 'loading' && <p aria-busy="true">{m.common.loading}</p>}
        {review.kind === 'failed' && <p className="notice notice--error">{m.deploy.reviewFailed}</p>}
      </div>
      {review.kind === 'diff' && <DiffView comparison={review.comparison} />}
      {review.kind === 'first' && <DiffDiagram xml={review.xml} label={format(m.deploy.reviewDiagram, { number: proposed })} marks={{}} />}
      {(review.kind === 'diff' || review.kind === 'first') && (
        <CommentForm
          label={m.deploy.approveComment}
          hint={m.deploy.approveCommentHint}
          missing={m.deploy.approveCommentMissing}
          submitLabel={m.deploy.approve}
          busyLabel={m.deploy.approving}
          onCancel={onCancel}
          onSubmit={onApprove}
        />
      )}
      {review.kind === 'failed' && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {m.common.cancel}
        </button>
      )}
    </section>
  );
}
