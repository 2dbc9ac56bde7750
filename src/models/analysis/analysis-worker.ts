import { parentPort } from 'node:worker_threads';
import { analyseModel, AnalysisRequest, canonicalXml, diffVersions } from './model-analysis';

/** A request to the analysis worker and its answer, matched by id. */
export type WorkerRequest =
  | { id: number; op: 'analyse'; request: AnalysisRequest }
  | { id: number; op: 'canonical'; xml: string }
  | { id: number; newer: string; older: string; op: 'diff' };
export type WorkerAnswer = { id: number; result: unknown } | { error: string; id: number };

/**
 * The analysis worker thread: parses, lints and compares models away from the service's event loop,
 * so that a hostile or huge upload cannot stall the API, and a parser crash ends only this thread.
 */
parentPort?.on('message', async (message: WorkerRequest) => {
  try {
    const result =
      message.op === 'analyse' ? await analyseModel(message.request) : message.op === 'canonical' ? await canonicalXml(message.xml) : await diffVersions(message.older, message.newer);
    parentPort!.postMessage({ id: message.id, result } satisfies WorkerAnswer);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error), id: message.id } satisfies WorkerAnswer);
  }
});
