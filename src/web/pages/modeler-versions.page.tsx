import { useId } from 'react';
import { useResource } from '../api/use-resource';
import { PageHeading } from '../components/page-heading';
import { PHONE_QUERY, useMediaQuery } from '../components/use-media-query';
import { format } from '../i18n/i18n';
import { DiffDiagram } from '../modeler/components/diff-diagram';
import { modelsApi, type ModelHistory, type Proposal, type VersionSummary } from '../modeler/models.api';
import { formatDateTime, useModelerTexts } from '../modeler/use-modeler-texts';
import { Link, useSearchParam } from '../router/router';

const modelPath = (processId: string) => `/modeler/${encodeURIComponent(processId)}`;
export const versionsPath = (processId: string) => `${modelPath(processId)}/versies`;
export const versionPath = (processId: string, number: number) => `${versionsPath(processId)}/${number}`;

/** The number of the saved version the engine runs for new cases, if the service knows it. */
const inUseOf = (history: ModelHistory) => history.deployments[0]?.versionNumber ?? null;

/**
 * A model's versions, read-only: who saved which version, why, what the checks found and which one is
 * in use. It works on any screen, also where the editor does not fit (modeler-model.page.tsx).
 */
export function ModelerVersionsPage({ processId }: { processId: string }) {
  const { locale, m } = useModelerTexts();
  const phone = useMediaQuery(PHONE_QUERY);
  const versions = useResource((signal) => modelsApi.versions(processId, signal), processId);
  const history = useResource((signal) => modelsApi.history(processId, signal), processId);
  const name = (versions.status === 'ready' && versions.value[0]?.name) || processId;
  const inUse = history.status === 'ready' ? inUseOf(history.value) : null;
  return (
    <>
      <PageHeading title={format(m.readOnly.versionsHeading, { name })} />
      <ReadOnlyLinks processId={processId} editable={!phone} />
      <p className="lead">{m.readOnly.versionsIntro}</p>
      {versions.status === 'loading' && (
        <p className="loading" aria-busy="true">
          {m.common.loading}
        </p>
      )}
      {versions.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {m.common.failed}
        </p>
      )}
      {versions.status === 'ready' && (
        <ul className="version-cards" data-testid="read-only-versions">
          {versions.value.map((version) => (
            <li key={version.number} className="version-card" data-version={version.number}>
              <h2 className="version-card__title">
                <Link to={versionPath(processId, version.number)}>{format(m.readOnly.versionLink, { number: version.number })}</Link>
                {version.number === inUse && <span className="tag tag--success">{m.versions.inUse}</span>}
              </h2>
              <p>{commentOf(version, m)}</p>
              <p className="muted">
                {version.authorName ?? m.common.unknownAuthor} · {formatDateTime(version.createdAt, locale, m)} · <span className={version.errorCount > 0 ? 'text-error' : undefined}>{format(m.versions.checks, { errors: version.errorCount, warnings: version.warningCount })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * One version, read-only: its diagram, what the checks found when it was saved, whether it is in
 * use, and every decision about it with its comment. An approver lands here after approving.
 */
export function ModelerVersionPage({ number, processId }: { number: number; processId: string }) {
  const { locale, m } = useModelerTexts();
  const phone = useMediaQuery(PHONE_QUERY);
  const decisionsId = useId();
  const justApproved = useSearchParam('goedgekeurd') !== null;
  const version = useResource((signal) => modelsApi.version(processId, number, signal), `${processId}/${number}`);
  const history = useResource((signal) => modelsApi.history(processId, signal), processId);
  const name = (version.status === 'ready' && version.value.name) || processId;
  const decisions = history.status === 'ready' ? history.value.proposals.filter((proposal) => proposal.version.number === number) : [];
  const deployed = decisions.find((proposal) => proposal.status === 'DEPLOYED');
  const inUse = history.status === 'ready' && inUseOf(history.value) === number;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale, m) : '');
  return (
    <>
      <PageHeading title={format(m.readOnly.versionHeading, { name, number })} />
      <div role="status" data-testid="read-only-status">
        {justApproved && deployed && <p className="notice notice--success">{format(m.deploy.approved, { engineVersion: deployed.engineVersion ?? '', number })}</p>}
      </div>
      <ReadOnlyLinks processId={processId} editable={!phone} number={number} />
      {(version.status === 'failed' || history.status === 'failed') && (
        <p className="notice notice--error" role="alert">
          {m.common.failed}
        </p>
      )}
      {version.status === 'ready' && (
        <dl className="version-facts" data-testid="read-only-version">
          <dt>{m.versions.columns.comment}</dt>
          <dd>{commentOf(version.value, m)}</dd>
          <dt>{m.versions.columns.author}</dt>
          <dd>{`${version.value.authorName ?? m.common.unknownAuthor}, ${when(version.value.createdAt)}`}</dd>
          <dt>{m.versions.columns.checks}</dt>
          <dd className={version.value.errorCount > 0 ? 'text-error' : undefined}>{format(m.versions.checks, { errors: version.value.errorCount, warnings: version.value.warningCount })}</dd>
          <dt>{m.versions.columns.state}</dt>
          <dd>{history.status !== 'ready' ? m.common.loading : inUse ? m.readOnly.inUse : m.readOnly.notInUse}</dd>
        </dl>
      )}
      {history.status === 'ready' && (
        <section className="modeler-section" aria-labelledby={decisionsId}>
          <h2 id={decisionsId}>{m.readOnly.decisionsTitle}</h2>
          {decisions.length === 0 ? (
            <p>{m.readOnly.noDecisions}</p>
          ) : (
            <ul className="list" data-testid="version-decisions">
              {decisions.map((proposal) => (
                <li key={proposal.id} data-status={proposal.status}>
                  <p>{format(m.readOnly.proposedBy, { comment: proposal.comment, date: when(proposal.proposedAt), name: proposal.proposerName })}</p>
                  <p>{decisionOf(proposal, when, m)}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {version.status === 'ready' && <DiffDiagram xml={version.value.xml} label={format(m.readOnly.diagram, { number })} marks={{}} />}
    </>
  );
}

function ReadOnlyLinks({ editable, number, processId }: { editable: boolean; number?: number; processId: string }) {
  const { m } = useModelerTexts();
  return (
    <ul className="modeler-links">
      <li>
        <Link to="/modeler">{m.editor.back}</Link>
      </li>
      {number !== undefined && (
        <li>
          <Link to={versionsPath(processId)}>{m.readOnly.allVersions}</Link>
        </li>
      )}
      {editable && (
        <li>
          <Link to={number === undefined ? modelPath(processId) : `${modelPath(processId)}?versie=${number}`}>{m.readOnly.openInModeler}</Link>
        </li>
      )}
    </ul>
  );
}

type Texts = ReturnType<typeof useModelerTexts>['m'];

function commentOf(version: VersionSummary, m: Texts): string {
  return version.origin === 'SHIPPED' ? m.versions.origin.SHIPPED : version.comment;
}

function decisionOf(proposal: Proposal, when: (iso: string | null) => string, m: Texts): string {
  if (!proposal.deciderName) return m.deploy.status[proposal.status];
  const template = proposal.decisionNote ? m.readOnly.decidedWithNote : m.readOnly.decided;
  return format(template, { date: when(proposal.decidedAt), name: proposal.deciderName, note: proposal.decisionNote ?? '', status: m.deploy.status[proposal.status] });
}
