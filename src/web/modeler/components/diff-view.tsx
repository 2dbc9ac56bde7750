import { format } from '../../i18n/i18n';
import { modelsApi, type ModelDiff } from '../models.api';
import { useModelerTexts } from '../use-modeler-texts';
import { DiffDiagram, type DiffMark } from './diff-diagram';

/** Two versions compared: what changed, and both diagrams to mark it on. */
export interface Comparison {
  diff: ModelDiff;
  newer: string;
  older: string;
}

const MARKS: DiffMark[] = ['added', 'removed', 'changed', 'moved'];

/** Asks the service what changed from one version to another, with both versions' XML to draw. */
export async function compareVersions(processId: string, from: number, to: number): Promise<Comparison> {
  const [diff, older, newer] = await Promise.all([modelsApi.diff(processId, from, to), modelsApi.version(processId, from), modelsApi.version(processId, to)]);
  return { diff, newer: newer.xml, older: older.xml };
}

/**
 * A comparison shown: both diagrams with the added, removed, changed and moved elements in colour,
 * and the same facts as a list, for those who do not see the colours.
 */
export function DiffView({ comparison }: { comparison: Comparison }) {
  const { m } = useModelerTexts();
  const { from, to } = comparison.diff;
  const names = new Map([...namesOf(comparison.older), ...namesOf(comparison.newer)]);
  const total = MARKS.reduce((sum, mark) => sum + comparison.diff[mark].length, 0);
  return (
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
  );
}

/** Element names by id from BPMN XML (the browser parses it; the service stored it after checking it). */
export function namesOf(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  for (const element of Array.from(document.querySelectorAll('[id][name]'))) names.set(element.getAttribute('id')!, element.getAttribute('name')!);
  return names;
}
