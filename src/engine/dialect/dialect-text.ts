import { qualified } from './dialect-namespace';
import { EXTERNAL_TASK_TYPE } from './external-task';

/**
 * Reading the dialect straight from a file's text, for checks that have no BPMN parser at hand (tests
 * comparing the shipped models with the process catalog). It reads start tags as the shipped models
 * write them (prefix `bpmn:` and the dialect's own prefix); the service's linter reads parsed models.
 */
function startTags(xml: string, localNames: readonly string[]): { attributes: Record<string, string>; localName: string }[] {
  const pattern = new RegExp(`<bpmn:(${localNames.join('|')})\\b([^>]*)>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({
    attributes: Object.fromEntries([...match[2].matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, unescape(value)])),
    localName: match[1],
  }));
}

function unescape(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The topics of the external tasks in a file, once each, sorted. */
export function topicsInXml(xml: string): string[] {
  const topics = startTags(xml, ['businessRuleTask', 'sendTask', 'serviceTask'])
    .filter(({ attributes }) => attributes[qualified('type')] === EXTERNAL_TASK_TYPE && attributes[qualified('topic')])
    .map(({ attributes }) => attributes[qualified('topic')]);
  return [...new Set(topics)].sort();
}

/** The user tasks of a file with their dialect attributes, in document order. */
export function userTasksInXml(xml: string): { candidateGroups?: string; dueDate?: string; formKey?: string; id: string }[] {
  return startTags(xml, ['userTask']).map(({ attributes }) => ({
    candidateGroups: attributes[qualified('candidateGroups')],
    dueDate: attributes[qualified('dueDate')],
    formKey: attributes[qualified('formKey')],
    id: attributes.id,
  }));
}

/**
 * The ids of the elements that map outputs (`camunda:outputParameter`). A worker's variables for
 * such a task are completed as local variables, so that only the mapped outputs reach the process
 * (the adapter's rule); it reads the deployed model's text to know which tasks these are.
 */
export function outputMappingElementsInXml(xml: string): string[] {
  // Any prefix: a model saved by another tool may bind the namespaces to other prefixes. Each output
  // parameter belongs to the innermost element with an id around it.
  const found = new Set<string>();
  const open: { id: string | undefined; tag: string }[] = [];
  for (const match of xml.matchAll(/<(\/?)([\w.-]+:)?([\w.-]+)([^>]*?)(\/?)>/g)) {
    const [, closing, prefix = '', localName, attributes, selfClosing] = match;
    const tag = prefix + localName;
    if (closing) {
      const index = open.map((entry) => entry.tag).lastIndexOf(tag);
      if (index >= 0) open.length = index;
      continue;
    }
    if (localName === 'outputParameter') {
      const owner = [...open].reverse().find((entry) => entry.id !== undefined);
      if (owner?.id) found.add(owner.id);
    }
    if (!selfClosing) open.push({ id: /\bid="([^"]+)"/.exec(attributes)?.[1], tag });
  }
  return [...found].sort();
}
