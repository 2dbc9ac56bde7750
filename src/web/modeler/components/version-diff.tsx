import { useId, useState, type FormEvent } from 'react';
import { format } from '../../i18n/i18n';
import { modelsApi, type ModelDiff, type VersionSummary } from '../models.api';
import { useModelerTexts } from '../use-modeler-texts';
import { DiffDiagram, type DiffMark } from './diff-diagram';

interface Comparison {
  diff: ModelDiff;
  newer: string;
  older: string;
}

const MARKS: DiffMark[] = ['added', 'removed', 'changed', 'moved'];

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
      const [diff, older, newer] = await Promise.all([modelsApi.diff(processId, from, to), modelsApi.version(processId, from), modelsApi.version(processId, to)]);
      setComparison({ diff, newer: newer.xml, older: older.xml });
    } catch {
      setComparison(null);
      setMessage(m.common.failed);
    }
  };

  const names = comparison ? new Map([...namesOf(comparison.older), ...namesOf(comparison.newer)]) : new Map<string, string>();
  const total = comparison ? MARKS.reduce((sum, mark) => sum + comparison.diff[mark].length, 0) : 0;
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
      {comparison && (
        <div className="diff-result" data-testid="diff-result">
          <ul className="diff-legend">
            {MARKS.map((mark) => (
              <li key={mark}>
                <span className={`legend-swatch diff-swatch--${mark}`} aria-hidden="true" /> {m.diff.legend[mark]}
              </li>
            ))}
          </ul>
          <div className="diff-diagrams">
            <DiffDiagram key={`older-${from}-${to}`} xml={comparison.older} label={format(m.diff.olderDiagram, { number: from })} marks={{ changed: comparison.diff.changed, removed: comparison.diff.removed }} />
            <DiffDiagram key={`newer-${from}-${to}`} xml={comparison.newer} label={format(m.diff.newerDiagram, { number: to })} marks={{ added: comparison.diff.added, changed: comparison.diff.changed, moved: comparison.diff.moved }} />
          </div>
          <h3>{format(m.diff.listTitle, { from, to })}</h3>
          {total === 0 ? (
            <p>{m.diff.nothing}</p>
          ) : (
            <dl className="diff-list">
              {MARKS.filter((mark) => comparison.diff[mark].length > 0).map((mark) => (
                <div key={mark} className={`diff-list__group diff-list__group--${mark}`} data-mark={mark}>
                  <dt>{m.diff.legend[mark]}</dt>
                  {comparison.diff[mark].map((id) => (
                    <dd key={id} data-element={id}>
                      {names.get(id) ? `${names.get(id)} (${id})` : id}
                    </dd>
                  ))}
                </div>
              ))}
            </dl>
          )}
        </div>
      )}
    </section>
  );
}

/** Element names by id from BPMN XML (the browser parses it; the service stored it after checking it). */
export function namesOf(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  for (const element of Array.from(document.querySelectorAll('[id][name]'))) names.set(element.getAttribute('id')!, element.getAttribute('name')!);
  return names;
}
