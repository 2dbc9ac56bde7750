import {
  dialectAttribute, engineCodeOf, EXECUTION_PLATFORM, foreignExtensionsOf, HISTORY_TIME_TO_LIVE, HISTORY_TIME_TO_LIVE_ATTRIBUTE, historyTimeToLiveOf, isA,
  isHistoryTimeToLive, isVariableName, ModdleElement, prefixesOf, qualified, variableNamesOf, ZEEBE_EXECUTION_PLATFORM, ZEEBE_NAMESPACE_URI,
} from '../../../engine/dialect';
import { hasId, LintRule } from './lint-rule';
import { suggestsPersonalData } from './personal-data';

const EXECUTION_PLATFORM_ATTRIBUTE = 'modeler:executionPlatform';

/** The rules that keep a model within what the engine should do: its dialect, no code of its own, no personal data, its history. */
export function engineRules(): Record<string, LintRule> {
  return {
    'engine-dialect': () => ({
      check(node, reporter) {
        if (isA(node, 'bpmn:Definitions') && node.$attrs?.[EXECUTION_PLATFORM_ATTRIBUTE] === ZEEBE_EXECUTION_PLATFORM) {
          reporter.report(node.id ?? 'definitions', `The model was made for ${ZEEBE_EXECUTION_PLATFORM} (Zeebe); this engine runs the ${EXECUTION_PLATFORM} dialect (${qualified('...')})`);
        }
        if (!hasId(node)) return;
        for (const foreign of foreignExtensionsOf(node, prefixesOf(rootOf(node)?.$attrs))) {
          const zeebe = foreign.namespace === ZEEBE_NAMESPACE_URI ? ' (Zeebe, Camunda 8)' : '';
          reporter.report(node.id, `<${foreign.name}>${zeebe} is not read by the engine; use the ${EXECUTION_PLATFORM} dialect (${qualified('...')}) instead`);
        }
      },
    }),
    'history-time-to-live': () => ({
      check(node, reporter) {
        if (!isA(node, 'bpmn:Process') || !node.isExecutable) return;
        const value = historyTimeToLiveOf(node);
        if (!value) reporter.report(node.id, `The process needs ${HISTORY_TIME_TO_LIVE_ATTRIBUTE}="${HISTORY_TIME_TO_LIVE}": the engine refuses to deploy it without`);
        else if (!isHistoryTimeToLive(value)) reporter.report(node.id, `${HISTORY_TIME_TO_LIVE_ATTRIBUTE} "${value}" must be a number of days or P<days>D, such as ${HISTORY_TIME_TO_LIVE}`);
      },
    }),
    'loop-characteristics': () => ({
      check(node, reporter) {
        const loop = node?.loopCharacteristics;
        if (!hasId(node) || !loop) return;
        if (isA(loop, 'bpmn:StandardLoopCharacteristics')) reporter.report(node.id, 'The engine does not run standard loops; use a multi-instance activity or a loop in the flow');
        else if (isA(loop, 'bpmn:MultiInstanceLoopCharacteristics') && !dialectAttribute(loop, 'collection') && !loop.loopCardinality?.body?.trim()) {
          reporter.report(node.id, `A multi-instance activity needs ${qualified('collection')} (the list it runs over) or a loop cardinality`);
        }
      },
    }),
    'no-engine-code': () => ({
      check(node, reporter) {
        if (!hasId(node)) return;
        for (const code of engineCodeOf(node)) {
          reporter.report(node.id, `${code.property}${code.detail ? ` "${code.detail}"` : ''} would run code inside the engine; only external tasks (${qualified('type')}="external" with a topic) may do work`);
        }
      },
    }),
    'variable-names': () => ({
      check(node, reporter) {
        if (!hasId(node)) return;
        for (const { name, property } of variableNamesOf(node)) {
          if (!isVariableName(name)) reporter.report(node.id, `${property}: "${name}" is not a variable name; a constant belongs in an expression (sourceExpression="\${...}")`);
        }
      },
    }),
    'no-personal-data-variables': () => ({
      check(node, reporter) {
        if (!hasId(node)) return;
        const reported = new Set<string>();
        for (const { name, property } of variableNamesOf(node)) {
          if (reported.has(name) || !suggestsPersonalData(name)) continue;
          reported.add(name);
          reporter.report(node.id, `Variable "${name}" (${property}) looks like personal data; the engine may only hold ids, enums, dates, booleans and counts`);
        }
      },
    }),
  };
}

function rootOf(node: ModdleElement): ModdleElement {
  let current = node;
  while (current?.$parent) current = current.$parent;
  return current;
}
