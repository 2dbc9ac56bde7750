import { useId } from 'react';
import { format } from '../../i18n/i18n';
import type { Problem } from '../models.api';
import { ruleTitle, useModelerTexts } from '../use-modeler-texts';

interface ProblemListProps {
  checking: boolean;
  failed: boolean;
  /** The element's label for a problem (its name, else its id). */
  nameOf: (elementId: string) => string | null;
  onShow: (elementId: string) => void;
  problems: Problem[] | null;
}

/**
 * The checks' findings, each naming the element and the rule, errors first. A finding on an element
 * of the diagram has a button that selects it there. The summary is a live region, so a screen
 * reader hears the count change while the process owner edits.
 */
export function ProblemList({ checking, failed, nameOf, onShow, problems }: ProblemListProps) {
  const { m } = useModelerTexts();
  const headingId = useId();
  const errors = problems?.filter((problem) => problem.category === 'error') ?? [];
  const warnings = problems?.filter((problem) => problem.category === 'warn') ?? [];
  const summary = failed
    ? m.problems.failed
    : problems === null
      ? m.problems.checking
      : problems.length === 0
        ? m.problems.none
        : format(m.problems.summary, { errors: errors.length, warnings: warnings.length });
  return (
    <section className="modeler-panel problem-list" aria-labelledby={headingId} aria-busy={checking || undefined}>
      <h2 id={headingId} className="modeler-panel__title">
        {m.problems.title}
      </h2>
      <p className={`problem-list__summary${errors.length > 0 ? ' problem-list__summary--errors' : ''}`} role="status" data-testid="problem-summary">
        {summary}
      </p>
      {(problems?.length ?? 0) > 0 && (
        <ul className="problem-list__items">
          {[...errors, ...warnings].map((problem, index) => {
            const name = nameOf(problem.elementId);
            const label = name ?? (problem.elementId === 'definitions' ? m.problems.wholeModel : problem.elementId);
            return (
              <li key={`${problem.elementId}-${problem.rule}-${index}`} className={`problem problem--${problem.category}`} data-element={problem.elementId} data-rule={problem.rule}>
                <span className="problem__kind">{problem.category === 'error' ? m.problems.error : m.problems.warning}</span>
                <span className="problem__text">
                  <strong className="problem__element">{label}</strong>
                  {name && name !== problem.elementId && <span className="problem__id"> ({problem.elementId})</span>}: {ruleTitle(problem.rule, m)}
                  <span className="problem__rule"> · {format(m.problems.rule, { rule: problem.rule })}</span>
                  <span className="problem__message">{problem.message}</span>
                </span>
                {name !== null && (
                  <button type="button" className="button button--secondary button--small problem__show" onClick={() => onShow(problem.elementId)}>
                    {format(m.problems.showElement, { element: label })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
