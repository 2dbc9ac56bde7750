import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * The text of a PDF as a reader extracts it (pdf-parse, on Mozilla's pdf.js), with whitespace folded
 * to single spaces. Runs in a child process: pdf.js cannot start inside Jest's module sandbox.
 */
export function pdfText(bytes: Uint8Array | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [join(__dirname, 'pdf-text-cli.js')], { cwd: join(__dirname, '..', '..'), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`pdf-parse failed: ${stderr || error.message}`));
      resolve((JSON.parse(stdout) as string).replace(/\s+/g, ' '));
    });
    child.stdin!.end(Buffer.from(bytes));
  });
}
