import { formatCoverage } from './coverage-report';
import { coverageOf, isFullyCovered, ProcessParts } from './model-coverage';

const parts = (flowNodes: string[], sequenceFlows: string[]): ProcessParts => ({ flowNodes, sequenceFlows });

describe('BPMN coverage from the engine\'s history', () => {
  it('counts flow nodes entered and sequence flows taken per process, naming what is missing', () => {
    // Given a model with two processes and what the engine recorded for one of them
    const model = new Map([
      ['jbt-a', parts(['End', 'Gateway', 'Start', 'Task'], ['F1', 'F2', 'F3'])],
      ['jbt-b', parts(['Start_B'], [])],
    ]);
    const recorded = [{ bpmnProcessId: 'jbt-a', elementIds: ['Gateway', 'Start', 'Task', 'Other_Model_Element'], flowIds: ['F1', 'F2'] }];

    // When the coverage is computed
    const [a, b] = coverageOf(model, recorded);

    // Then each kind is counted on its own, and a process without records is not covered
    expect(a).toEqual({ bpmnProcessId: 'jbt-a', flowNodes: { covered: 3, missing: ['End'], total: 4 }, sequenceFlows: { covered: 2, missing: ['F3'], total: 3 } });
    expect(b).toEqual({ bpmnProcessId: 'jbt-b', flowNodes: { covered: 0, missing: ['Start_B'], total: 1 }, sequenceFlows: { covered: 0, missing: [], total: 0 } });
  });

  it('calls a process covered only when every flow node and every sequence flow was passed', () => {
    const model = new Map([['p', parts(['A', 'B'], ['F'])]]);
    expect(isFullyCovered(coverageOf(model, [{ bpmnProcessId: 'p', elementIds: ['A', 'B'], flowIds: ['F'] }])[0])).toBe(true);
    expect(isFullyCovered(coverageOf(model, [{ bpmnProcessId: 'p', elementIds: ['A', 'B'], flowIds: [] }])[0])).toBe(false);
    expect(isFullyCovered(coverageOf(model, [{ bpmnProcessId: 'p', elementIds: ['A'], flowIds: ['F'] }])[0])).toBe(false);
  });

  it('prints both shares per process and lists what is missing', () => {
    const rows = coverageOf(new Map([['jbt-a', parts(['A', 'B'], ['F1', 'F2'])]]), [{ bpmnProcessId: 'jbt-a', elementIds: ['A', 'B'], flowIds: ['F1'] }]);
    const text = formatCoverage(rows);
    expect(text).toContain('jbt-a');
    expect(text).toMatch(/2\/2 +100\.0%/);
    expect(text).toMatch(/1\/2 +50\.0%/);
    expect(text).toContain('sequence flows missing: F2');
    expect(text).not.toContain('flow nodes missing');
  });
});
