import { ElementType } from '../../engine.types';

/** What the catalogue knows of an element without a label, to describe it instead. */
export interface DescribedElement {
  /** Event definitions by kind, e.g. ['timer'], ['link']. */
  eventKinds: string[];
  incoming: number;
  /** The BPMN element type without namespace, e.g. "ExclusiveGateway". */
  kind: string;
  outgoing: number;
  triggeredByEvent: boolean;
}

const CATCHING: Record<string, string> = {
  conditional: 'Wachten op een voorwaarde',
  link: 'Vervolg',
  message: 'Wachten op een bericht',
  signal: 'Wachten op een signaal',
  timer: 'Wachten tot het tijd is',
};

const BOUNDARY: Record<string, string> = {
  compensate: 'Herstel',
  conditional: 'Voorwaarde vervuld',
  error: 'Fout opgetreden',
  escalation: 'Escalatie',
  message: 'Bericht ontvangen',
  signal: 'Signaal ontvangen',
  timer: 'Termijn verstreken',
};

const THROWING: Record<string, string> = {
  compensate: 'Herstellen',
  escalation: 'Escalatie melden',
  link: 'Verder elders in het diagram',
  message: 'Bericht sturen',
  signal: 'Signaal geven',
};

const ENDING: Record<string, string> = {
  error: 'Einde met een fout',
  escalation: 'Einde met een escalatie',
  message: 'Einde met een bericht',
  terminate: 'Einde van het hele proces',
};

const PLAIN: Record<string, string> = {
  AdHocSubProcess: 'Deelproces',
  BusinessRuleTask: 'Beslisregel',
  CallActivity: 'Aangeroepen proces',
  EventBasedGateway: 'Wachten op wat het eerst gebeurt',
  ManualTask: 'Handmatige stap',
  ReceiveTask: 'Wachten op een bericht',
  ScriptTask: 'Berekening',
  SendTask: 'Bericht sturen',
  ServiceTask: 'Automatische stap',
  StartEvent: 'Start',
  Task: 'Stap',
  Transaction: 'Transactie',
  UserTask: 'Taak',
};

/**
 * A Dutch description of an element that has no label, by its kind: monitoring shows names, never
 * ids like Gateway_BookMerge. Gateways say whether they split or merge paths.
 */
export function describeElement(element: DescribedElement): string {
  const merging = element.incoming > 1 && element.outgoing <= 1;
  const event = element.eventKinds[0];
  switch (element.kind) {
    case 'ExclusiveGateway':
    case 'ComplexGateway':
      return merging ? 'Samenvoeging' : 'Keuze';
    case 'InclusiveGateway':
      return merging ? 'Samenvoeging' : 'Keuze (een of meer paden)';
    case 'ParallelGateway':
      return merging ? 'Samenkomst van parallelle paden' : 'Splitsing in parallelle paden';
    case 'SubProcess':
      return element.triggeredByEvent ? 'Gebeurtenis-deelproces' : 'Deelproces';
    case 'IntermediateCatchEvent':
      return (event && CATCHING[event]) ?? 'Wachten';
    case 'BoundaryEvent':
      return (event && BOUNDARY[event]) ?? 'Randgebeurtenis';
    case 'IntermediateThrowEvent':
      return (event && THROWING[event]) ?? 'Tussenstap';
    case 'EndEvent':
      return (event && ENDING[event]) ?? 'Einde';
    default:
      return PLAIN[element.kind] ?? 'Stap';
  }
}

const BY_TYPE: Record<ElementType, string> = {
  BOUNDARY_EVENT: 'Randgebeurtenis',
  CALL_ACTIVITY: 'Aangeroepen proces',
  END_EVENT: 'Einde',
  EVENT_BASED_GATEWAY: 'Wachten op wat het eerst gebeurt',
  EVENT_SUB_PROCESS: 'Gebeurtenis-deelproces',
  EXCLUSIVE_GATEWAY: 'Keuze',
  INCLUSIVE_GATEWAY: 'Keuze (een of meer paden)',
  INTERMEDIATE_CATCH_EVENT: 'Wachten',
  INTERMEDIATE_THROW_EVENT: 'Tussenstap',
  MULTI_INSTANCE_BODY: 'Herhaalde stap',
  OTHER: 'Stap',
  PARALLEL_GATEWAY: 'Parallelle paden',
  PROCESS: 'Proces',
  RECEIVE_TASK: 'Wachten op een bericht',
  SCRIPT_TASK: 'Berekening',
  SEND_TASK: 'Bericht sturen',
  SERVICE_TASK: 'Automatische stap',
  START_EVENT: 'Start',
  SUB_PROCESS: 'Deelproces',
  TASK: 'Stap',
  USER_TASK: 'Taak',
};

/** The description of an element whose model is not at hand (a deployment removed since), by its type only. */
export function describeType(type: ElementType): string {
  return BY_TYPE[type];
}
