import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The domain library is pure (decide/evolve over plain data). ESLint enforces this while editing;
 * this spec enforces it in CI even if someone disables a lint rule inline.
 */
const DOMAIN_ROOT = join(__dirname, '..', '..', 'libs', 'domain', 'src');
const FORBIDDEN = [
  /^@nestjs\//,
  /^typeorm(\/|$)/,
  /^pg(-.*)?$/,
  /^@eventstore\//,
  /^@app\/(event-store|database)(\/|$)/,
  /^(node:)?(fs|net|http|https|child_process|worker_threads)(\/|$)/,
];
/**
 * The only packages the domain may use: pure computation, no I/O, clock or randomness. decimal.js
 * for money; ajv checks values against the published event schemas (it compiles a schema into a
 * function of the value), the maintained validator the feed's consumers use on the same documents;
 * chinese-days only for its bundled JSON table of the State Council's holidays (data, not code).
 */
const PURE_PACKAGES = [
  /^decimal\.js$/,
  /^ajv(\/|$)/,
  /^chinese-days\/(dist\/chinese-days|package)\.json$/,
];
const IMPURE_CALLS = [/\bDate\.now\(/, /\bMath\.random\(/, /\bnew Date\(\s*\)/, /randomUUID\(/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(pattern)) specifiers.push(m[1] ?? m[2] ?? m[3]);
  return specifiers;
}

describe('libs/domain is pure', () => {
  const files = sourceFiles(DOMAIN_ROOT);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('imports no framework, database, event-store client or I/O module', () => {
    const offences = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => FORBIDDEN.some((rule) => rule.test(spec)))
        .map((spec) => `${relative(DOMAIN_ROOT, file)} imports ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('uses no package but the pure ones it is allowed', () => {
    const offences = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => !spec.startsWith('.') && !PURE_PACKAGES.some((rule) => rule.test(spec)))
        .map((spec) => `${relative(DOMAIN_ROOT, file)} imports ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('reads no clock and makes no random ids', () => {
    const offences = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return IMPURE_CALLS.filter((rule) => rule.test(source)).map(
        (rule) => `${relative(DOMAIN_ROOT, file)}: ${rule}`,
      );
    });
    expect(offences).toEqual([]);
  });
});
