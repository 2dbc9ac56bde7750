import { useId } from 'react';
import type { BuildingBlock } from '../models.api';
import { useModelerTexts } from '../use-modeler-texts';

/** Waiting and the end first: the reminder is what process owners add most; tasks for people folded. */
const GROUPS: { group: BuildingBlock['group']; open: boolean }[] = [
  { group: 'flow', open: true },
  { group: 'service', open: true },
  { group: 'people', open: false },
];

/** bpmn-js's own icon font, so that a block looks like the element it makes. */
const ICONS: Record<BuildingBlock['element']['kind'], string> = {
  'end-event': 'bpmn-icon-end-event-none',
  'service-task': 'bpmn-icon-service-task',
  timer: 'bpmn-icon-intermediate-event-catch-timer',
  'user-task': 'bpmn-icon-user-task',
};

/**
 * The palette of this service ("bouwstenen"): ordinary buttons in foldable groups, so it works with
 * the keyboard. Each adds its element after the element selected on the diagram (ModelEditor.applyBlock).
 */
export function BuildingBlocksPanel({ blocks, onApply }: { blocks: BuildingBlock[]; onApply: (block: BuildingBlock) => void }) {
  const { m } = useModelerTexts();
  const headingId = useId();
  return (
    <section className="modeler-panel building-blocks" aria-labelledby={headingId}>
      <h2 id={headingId} className="modeler-panel__title">
        {m.blocks.title}
      </h2>
      <p className="modeler-panel__intro">{m.blocks.intro}</p>
      {GROUPS.map(({ group, open }) => {
        const inGroup = blocks.filter((block) => block.group === group);
        if (inGroup.length === 0) return null;
        return (
          <details key={group} className="building-blocks__group" open={open}>
            <summary className="building-blocks__group-title">
              {m.blocks.groups[group]} ({inGroup.length})
            </summary>
            <ul className="building-blocks__list">
              {inGroup.map((block) => (
                <li key={block.id}>
                  <button type="button" className={`building-block building-block--${block.element.kind}`} onClick={() => onApply(block)} title={block.description} data-block={block.id}>
                    <span className={`building-block__icon ${ICONS[block.element.kind]}`} aria-hidden="true" />
                    <span className="building-block__label">{block.label}</span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
