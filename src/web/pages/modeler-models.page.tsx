import { useId } from 'react';
import { useSession } from '../auth/session';
import { PageHeading } from '../components/page-heading';
import { ModelerNav } from '../modeler/components/modeler-nav';
import { format } from '../i18n/i18n';
import { modelsApi } from '../modeler/models.api';
import { useResource } from '../api/use-resource';
import { formatDateTime, useModelerTexts } from '../modeler/use-modeler-texts';
import { Link } from '../router/router';

const modelPath = (processId: string) => `/modeler/${encodeURIComponent(processId)}`;

/** The models with their newest version, the version in use and an open proposal; and what awaits approval. */
export function ModelerModelsPage() {
  const { locale, m } = useModelerTexts();
  const { user } = useSession();
  const models = useResource((signal) => modelsApi.list(signal), 'models');
  const pending = useResource((signal) => modelsApi.pending(signal), 'pending');
  const pendingId = useId();
  const columns = m.list.columns;
  const reviewable = pending.status === 'ready' ? pending.value.filter((proposal) => proposal.proposerId !== user?.id && proposal.version.authorId !== user?.id) : [];
  return (
    <>
      <PageHeading title={m.title} />
      <ModelerNav />
      <p className="lead">{m.list.intro}</p>
      {(models.status === 'loading' || pending.status === 'loading') && (
        <p className="loading" aria-busy="true">
          {m.common.loading}
        </p>
      )}
      {(models.status === 'failed' || pending.status === 'failed') && (
        <p className="notice notice--error" role="alert">
          {m.common.failed}
        </p>
      )}
      {pending.status === 'ready' && (
        <section className="modeler-section" aria-labelledby={pendingId}>
          <h2 id={pendingId}>{m.list.pendingTitle}</h2>
          {reviewable.length === 0 ? (
            <p>{m.list.pendingNone}</p>
          ) : (
            <>
              <p>{m.list.pendingIntro}</p>
              <ul className="list" data-testid="pending-proposals">
                {reviewable.map((proposal) => (
                  <li key={proposal.id}>
                    <Link to={modelPath(proposal.bpmnProcessId)}>
                      {format(m.list.pendingItem, { date: formatDateTime(proposal.proposedAt, locale, m), number: proposal.version.number, process: proposal.bpmnProcessId, proposer: proposal.proposerName })}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {models.status === 'ready' &&
        (models.value.length === 0 ? (
          <p>{m.list.empty}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="models-caption" tabIndex={0}>
            <table className="modeler-table" data-testid="model-list">
              <caption id="models-caption" className="visually-hidden">
                {m.list.caption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{columns.name}</th>
                  <th scope="col">{columns.latest}</th>
                  <th scope="col">{columns.inUse}</th>
                  <th scope="col">{columns.proposal}</th>
                </tr>
              </thead>
              <tbody>
                {models.value.map((model) => {
                  const name = model.name ?? model.processId;
                  return (
                    <tr key={model.processId} data-process={model.processId}>
                      <th scope="row">
                        <Link to={modelPath(model.processId)} aria-label={format(m.list.openLabel, { name })}>
                          {name}
                        </Link>
                        <br />
                        <span className="muted">{model.processId}</span>
                      </th>
                      <td>
                        {format(m.list.versionBy, { author: model.latest.authorName ?? m.common.unknownAuthor, date: formatDateTime(model.latest.createdAt, locale, m), number: model.latest.number })}
                        <br />
                        <span className={model.latest.errorCount > 0 ? 'text-error' : 'muted'}>
                          {model.latest.errorCount > 0 || model.latest.warningCount > 0 ? format(m.list.problems, { errors: model.latest.errorCount, warnings: model.latest.warningCount }) : m.list.noProblems}
                        </span>
                      </td>
                      <td>
                        {model.deployed
                          ? model.deployed.versionNumber
                            ? format(m.list.inUse, { engineVersion: model.deployed.engineVersion, number: model.deployed.versionNumber })
                            : format(m.list.inUseUnknown, { engineVersion: model.deployed.engineVersion })
                          : m.list.notInUse}
                      </td>
                      <td>{model.pendingProposal ? format(m.list.proposal, { number: model.pendingProposal.versionNumber, proposer: model.pendingProposal.proposerName }) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
