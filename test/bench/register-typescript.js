/* global __dirname, process, require */
/* eslint-disable @typescript-eslint/no-require-imports */
// Runs the benchmark's TypeScript in Node with the compiler options of tsconfig.json. Nest needs the
// decorator metadata that TypeScript emits (emitDecoratorMetadata) and esbuild-based runners such as
// tsx do not, so this hook transpiles each file with TypeScript itself (types are not checked here:
// `npm run lint` does that). Plain JS, loaded with `node -r`.
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const ts = require('typescript');

const config = ts.readConfigFile(join(__dirname, '..', '..', 'tsconfig.json'), ts.sys.readFile).config;
const { options } = ts.convertCompilerOptionsFromJson({ ...config.compilerOptions, incremental: false, sourceMap: false, inlineSourceMap: true }, join(__dirname, '..', '..'));

// Transpiling the whole application takes seconds; worker processes of the integration tests start
// several times per run, so each file's output is cached by its content and the compiler options.
const cacheDir = join(tmpdir(), `jbt-ts-cache-${ts.version}`);
mkdirSync(cacheDir, { recursive: true });
const optionsHash = createHash('sha1').update(JSON.stringify(options)).digest('hex');

require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const cached = join(cacheDir, `${createHash('sha1').update(optionsHash).update(filename).update(source).digest('hex')}.js`);
  let outputText;
  try {
    outputText = readFileSync(cached, 'utf8');
  } catch {
    outputText = ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
    // Written aside and renamed, so that a process starting at the same moment never reads half a file.
    writeFileSync(`${cached}.${process.pid}`, outputText);
    renameSync(`${cached}.${process.pid}`, cached);
  }
  module._compile(outputText, filename);
};
