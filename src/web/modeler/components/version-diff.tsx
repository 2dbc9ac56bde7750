import { useId, useState, type FormEvent } from 'react';
import type { VersionSummary } from '../models.api';
import { useModelerTexts } from '../use-modeler-texts';
import { compareVersions, DiffView, type Comparison } from './diff-view';

/**
 * Compares two versions: the service computes which elements were added, removed, changed or moved
 * (from the parsed models), and both diagrams show them in colour, with the same facts as a list.
 */
export function VersionDiff({ processId, versions }: { processId: string; versions: VersionSummary[] }) {
  const { m } = useModelerTexts();
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const newest = versions[0]?.number ?? 1;
  const [from, setFrom] = useState(versions[1]?.number ?? newest);
  const [to, setTo] = useState(newest);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    if (from === to) {
      setComparison(null);
      setMessage(m.diff.same);
      return;
    }
    setMessage(null);
    try {
      setComparison(await compareVersions(processId, from, to));
    } catch {
      setComparison(null);
      setMessage(m.common.failed);
    }
  };

  return (
    <section className="modeler-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.diff.title}</h2>
      <p>{m.diff.intro}</p>
      <form className="diff-form" onSubmit={compare}>
        {[
          { id: fromId, label: m.diff.from, set: setFrom, value: from },
          { id: toId, label: m.diff.to, set: setTo, value: to },
        ].map((select) => (
          <div key={select.id} className="field">
            <label className="field__label" htmlFor={select.id}>
              {select.label}
            </label>
            <select id={select.id} className="input" value={select.value} onChange={(event) => select.set(Number(event.target.value))}>
              {versions.map((version) => (
                <option key={version.number} value={version.number}>
                  {`${version.number} – ${version.comment || version.origin}`}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="button button--secondary">
          {m.diff.submit}
        </button>
      </form>
      <div role="status">{message && <p>{message}</p>}</div>
      {comparison && <DiffView comparison={comparison} />}
    </section>
  );
}
