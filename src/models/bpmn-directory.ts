import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The models shipped with the service, the same from src/ and dist/. */
export const BPMN_DIR = resolve(__dirname, '..', '..', 'bpmn');

export interface ModelFile {
  checksum: string;
  content: string;
  /** The process id: design.md wants file name = process id. */
  processId: string;
  resourceName: string;
}

export function checksumOf(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Every .bpmn file in the folder, sorted by name. */
export function readModelFiles(directory = BPMN_DIR): ModelFile[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.bpmn'))
    .sort()
    .map((resourceName) => {
      const content = readFileSync(join(directory, resourceName), 'utf8');
      return { checksum: checksumOf(content), content, processId: resourceName.replace(/\.bpmn$/, ''), resourceName };
    });
}
