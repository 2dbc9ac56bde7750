import { useEffect, useRef, useState } from 'react';
import { useSession } from '../auth/session';
import { PageHeading } from '../components/page-heading';
import { PHONE_QUERY, useMediaQuery } from '../components/use-media-query';
import { format } from '../i18n/i18n';
import { BuildingBlocksPanel } from '../modeler/components/building-blocks-panel';
import { CommentForm } from '../modeler/components/comment-form';
import { DeploymentPanel } from '../modeler/components/deployment-panel';
import { ModelCanvas } from '../modeler/components/model-canvas';
import { ProblemList } from '../modeler/components/problem-list';
import { VersionDiff } from '../modeler/components/version-diff';
import { VersionTable } from '../modeler/components/version-table';
import type { EditorElement, ModelEditor } from '../modeler/editor/model-editor';
import { codeOfError, modelsApi, problemsOfError, type BuildingBlock, type Problem, type Proposal } from '../modeler/models.api';
import { useResource } from '../api/use-resource';
import { useModelerTexts } from '../modeler/use-modeler-texts';
import { navigate } from '../router/history';
import { Link, useSearchParam } from '../router/router';
import { versionPath, versionsPath } from './modeler-versions.page';

type Status = { kind: 'error' | 'info' | 'success'; text: string } | null;

/** Waits this long after the last edit before asking the service to check the model. */
const CHECK_DELAY_MS = 600;

/**
 * One model in the modeler, on a screen wide enough to edit it; on a phone a message that says so,
 * with the read-only versions instead (the canvas, the properties panel and the building blocks need
 * the room, and an editor squeezed onto a phone invites mistakes in a model every region uses).
 * Once the editor is open it stays open when the window narrows: unmounting it would throw away
 * unsaved changes (and a full-page screenshot briefly shrinks the viewport to 1 × 1 px).
 */
export function ModelerModelPage({ processId }: { processId: string }) {
  const phone = useMediaQuery(PHONE_QUERY);
  const [editing, setEditing] = useState(!phone);
  useEffect(() => {
    if (!phone) setEditing(true);
  }, [phone]);
  return editing ? <ModelEditorView processId={processId} /> : <SmallScreenNotice processId={processId} />;
}

function SmallScreenNotice({ processId }: { processId: string }) {
  const { m } = useModelerTexts();
  return (
    <>
      <PageHeading title={format(m.editor.heading, { name: processId })} />
      <div className="notice notice--info modeler-small-screen" data-testid="modeler-small-screen">
        <p>
          <strong>{m.editor.smallScreenTitle}</strong>
        </p>
        <p>{m.editor.smallScreen}</p>
        <p>
          <Link to={versionsPath(processId)}>{m.editor.smallScreenVersions}</Link>
        </p>
      </div>
      <p>
        <Link to="/modeler">{m.editor.back}</Link>
      </p>
    </>
  );
}

/**
 * The editor: bpmn-js with the Camunda 7 properties panel and this service's building blocks; the
 * service's checks shown on the canvas and in a list while editing; saving with a comment; the
 * versions with restore, compare and propose; and the four-eyes deployment with its history.
 */
function ModelEditorView({ processId }: { processId: string }) {
  const { m } = useModelerTexts();
  const { user } = useSession();
  const versionParam = Number(useSearchParam('versie')) || null;
  const versions = useResource((signal) => modelsApi.versions(processId, signal), processId);
  const history = useResource((signal) => modelsApi.history(processId, signal), processId);
  const blocks = useResource((signal) => modelsApi.buildingBlocks(signal), 'building-blocks');
  const [editor, setEditor] = useState<ModelEditor | null>(null);
  const [openNumber, setOpenNumber] = useState<number | null>(null);
  const [elements, setElements] = useState<EditorElement[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkFailed, setCheckFailed] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const checkRound = useRef(0);

  const check = async (target = editor) => {
    if (!target) return;
    const round = ++checkRound.current;
    setChecking(true);
    try {
      const report = await modelsApi.validate(processId, await target.xml());
      if (round !== checkRound.current) return;
      setProblems(report.problems);
      target.showProblems(report.problems);
      setCheckFailed(false);
    } catch {
      if (round === checkRound.current) setCheckFailed(true);
    } finally {
      if (round === checkRound.current) setChecking(false);
    }
  };
  const checkLatest = useRef(check);
  checkLatest.current = check;

  const openVersion = async (number: number, target = editor) => {
    if (!target) return;
    const version = await modelsApi.version(processId, number);
    await target.open(version.xml);
    setOpenNumber(number);
    setDirty(false);
    setElements(target.elements());
    setSelectedId(null);
    await checkLatest.current(target);
  };

  const onReady = (created: ModelEditor) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    created.onChange(() => {
      setDirty(true);
      setElements(created.elements());
      clearTimeout(timer);
      timer = setTimeout(() => void checkLatest.current(created), CHECK_DELAY_MS);
    });
    created.onSelect(setSelectedId);
    setEditor(created);
  };

  useEffect(() => {
    if (!editor || versions.status !== 'ready' || openNumber !== null || versions.value.length === 0) return;
    const wanted = versions.value.some((version) => version.number === versionParam) ? versionParam! : versions.value[0].number;
    openVersion(wanted).catch(() => setStatus({ kind: 'error', text: m.common.failed }));
    // Opens the first version once editor and versions are there; later opens come from the table.
  }, [editor, versions.status]);

  const applyBlock = (block: BuildingBlock) => {
    if (!editor) return;
    const result = editor.applyBlock(block.element);
    if (result.kind === 'cannot-follow') setStatus({ kind: 'error', text: format(m.blocks.cannotFollow, { element: result.element }) });
    else if (result.kind === 'attached') setStatus({ kind: 'success', text: format(m.blocks.reminderAttached, { task: nameOf(result.host) ?? result.host }) });
    else setStatus({ kind: 'success', text: format(m.blocks.added, { label: block.label }) });
  };

  const save = async (comment: string) => {
    if (!editor) return;
    try {
      const saved = await modelsApi.save(processId, await editor.xml(), comment);
      setOpenNumber(saved.version.number);
      setDirty(false);
      setProblems(saved.problems);
      editor.showProblems(saved.problems);
      const text = saved.version.errorCount > 0 ? m.save.savedWithErrors : m.save.saved;
      setStatus({ kind: saved.version.errorCount > 0 ? 'info' : 'success', text: format(text, { errors: saved.version.errorCount, number: saved.version.number }) });
      versions.reload();
    } catch (error) {
      const refused = problemsOfError(error);
      if (refused) {
        setProblems(refused);
        editor.showProblems(refused);
      }
      setStatus({ kind: codeOfError(error) === 'MODEL_UNCHANGED' ? 'info' : 'error', text: codeOfError(error) === 'MODEL_UNCHANGED' ? m.save.unchanged : refused ? m.save.refused : m.save.failed });
    }
  };

  const propose = async (number: number, comment: string) => {
    try {
      await modelsApi.propose(processId, number, comment);
      setStatus({ kind: 'success', text: format(m.versions.proposed_notice, { number }) });
      history.reload();
    } catch (error) {
      const code = codeOfError(error);
      setStatus({ kind: 'error', text: format(code === 'MODEL_INVALID' ? m.versions.proposeRefused : code === 'MODEL_ALREADY_DEPLOYED' ? m.versions.alreadyInUse : m.deploy.failed, { number }) });
    }
  };

  const restore = async (number: number, comment: string) => {
    try {
      const restored = await modelsApi.restore(processId, number, comment);
      versions.reload();
      await openVersion(restored.version.number);
      setStatus({ kind: 'success', text: format(m.versions.restored, { from: number, number: restored.version.number }) });
    } catch {
      setStatus({ kind: 'error', text: m.deploy.failed });
    }
  };

  /** After approving, the approver lands on the approved version, read-only: what they signed is what they see. */
  const approve = async (proposal: Proposal, comment: string) => {
    try {
      const approved = await modelsApi.approve(proposal.id, comment);
      navigate(`${versionPath(processId, approved.version.number)}?goedgekeurd=1`);
    } catch (error) {
      const code = codeOfError(error);
      const text =
        code === 'MODEL_INVALID'
          ? m.deploy.refused
          : code === 'MODEL_DEPLOYMENT_REJECTED'
            ? m.deploy.engineRefused
            : code === 'ENGINE_UNAVAILABLE'
              ? m.deploy.engineDown
              : code === 'APPROVAL_SCOPE_REQUIRED'
                ? m.deploy.scopeRefused
                : m.deploy.failed;
      setStatus({ kind: 'error', text });
      history.reload();
    }
  };

  const reject = async (proposal: Proposal, reason: string) => {
    try {
      await modelsApi.reject(proposal.id, reason);
      setStatus({ kind: 'success', text: m.deploy.rejected });
    } catch {
      setStatus({ kind: 'error', text: m.deploy.failed });
    }
    history.reload();
  };

  function nameOf(elementId: string): string | null {
    const element = elements.find((candidate) => candidate.id === elementId);
    return element ? element.name || element.id : null;
  }

  const name = (versions.status === 'ready' && versions.value[0]?.name) || processId;
  const latestDeployment = history.status === 'ready' ? (history.value.deployments[0] ?? null) : null;
  const pending = history.status === 'ready' ? (history.value.proposals.find((proposal) => proposal.status === 'PENDING') ?? null) : null;
  const openVersionSummary = versions.status === 'ready' ? versions.value.find((version) => version.number === openNumber) : undefined;
  return (
    <div className="modeler-page">
      <PageHeading title={format(m.editor.heading, { name })} />
      <p>
        <Link to="/modeler">{m.editor.back}</Link>
      </p>
      <div className="modeler-status-line">
        <p>
          {openVersionSummary
            ? format(m.editor.status, { number: openVersionSummary.number, origin: format(m.versions.origin[openVersionSummary.origin], { from: openVersionSummary.restoredFrom ?? '' }) })
            : m.editor.statusNew}{' '}
          {latestDeployment ? format(m.editor.inUse, { engineVersion: latestDeployment.engineVersion, number: latestDeployment.versionNumber ?? '?' }) : m.editor.notInUse}
        </p>
        <p className={`tag ${dirty ? 'tag--warn' : 'tag--success'}`} data-testid="dirty-state">
          {dirty ? m.editor.unsaved : m.editor.saved}
        </p>
      </div>
      <div className="modeler-status" role="status" aria-live="polite" data-testid="modeler-status">
        {status && <p className={`notice notice--${status.kind}`}>{status.text}</p>}
      </div>
      {versions.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {m.common.failed}
        </p>
      )}
      <div className="modeler-workspace">
        {blocks.status === 'ready' && <BuildingBlocksPanel blocks={blocks.value.blocks} onApply={applyBlock} />}
        <ModelCanvas name={name} onReady={onReady} elements={elements} selectedId={selectedId} />
      </div>
      <div className="modeler-below">
        <ProblemList problems={problems} checking={checking} failed={checkFailed} nameOf={nameOf} onShow={(id) => editor?.select(id)} />
        <section className="modeler-panel" aria-labelledby="save-title">
          <h2 id="save-title" className="modeler-panel__title">
            {m.save.title}
          </h2>
          <CommentForm label={m.save.comment} hint={m.save.commentHint} missing={m.save.commentMissing} submitLabel={m.save.submit} busyLabel={m.save.saving} onSubmit={save} />
        </section>
      </div>
      {versions.status === 'ready' && (
        <VersionTable
          versions={versions.value}
          current={openNumber}
          inUse={latestDeployment?.versionNumber ?? null}
          proposed={pending?.version.number ?? null}
          onOpen={(number) => {
            openVersion(number)
              .then(() => setStatus({ kind: 'info', text: format(m.editor.openVersion, { number }) }))
              .catch(() => setStatus({ kind: 'error', text: m.common.failed }));
          }}
          onPropose={propose}
          onRestore={restore}
        />
      )}
      {history.status === 'ready' && user && (
        <DeploymentPanel history={history.value} inUse={latestDeployment?.versionNumber ?? null} processId={processId} userId={user.id} onApprove={approve} onReject={reject} />
      )}
      {versions.status === 'ready' && versions.value.length > 1 && <VersionDiff key={versions.value[0].number} processId={processId} versions={versions.value} />}
    </div>
  );
}
