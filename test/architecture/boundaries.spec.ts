import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Dependencies point one way: apps → libs → domain. An app never imports another app (what two
 * processes share lives in libs/), a library never imports an app, and no source file takes part
 * in an import cycle. ESLint refuses the same imports while editing (eslint.config.mjs); this
 * spec enforces them in CI even if a rule is disabled inline.
 */
const ROOT = resolve(__dirname, '..', '..');
const ALIASES: Record<string, string> = JSON.parse(
  readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'),
).compilerOptions.paths;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /(?:import|export)(?:\s+type)?[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(pattern)) specifiers.push(m[1] ?? m[2] ?? m[3]);
  return specifiers;
}

/** The file an import names, when it is one of ours (relative or an @app/* alias). */
function resolveImport(from: string, spec: string): string | null {
  let base: string | null = null;
  if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else {
    for (const [alias, [target]] of Object.entries(ALIASES)) {
      if (alias.endsWith('/*') && spec.startsWith(alias.slice(0, -1)))
        base = join(ROOT, target.slice(0, -1), spec.slice(alias.length - 1));
      else if (spec === alias) base = join(ROOT, target);
    }
  }
  if (!base) return null;
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** `apps/api`, `libs/domain`, … : the unit a file belongs to. */
function unitOf(file: string): string | null {
  const [top, name] = relative(ROOT, file).split('/');
  return top === 'apps' || top === 'libs' ? `${top}/${name}` : null;
}

const files = [...sourceFiles(join(ROOT, 'apps')), ...sourceFiles(join(ROOT, 'libs'))];
const graph = new Map<string, string[]>(
  files.map((file) => [
    file,
    importsOf(readFileSync(file, 'utf8'))
      .map((spec) => resolveImport(file, spec))
      .filter((target): target is string => target !== null),
  ]),
);

describe('module boundaries', () => {
  it('reads the source of every app and library', () => {
    const units = new Set(files.map(unitOf));
    expect([...units]).toEqual(
      expect.arrayContaining(['apps/api', 'apps/projector', 'libs/domain', 'libs/read-models']),
    );
  });

  it('no app imports another app', () => {
    const offences = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => {
          const [from, to] = [unitOf(file), unitOf(target)];
          return from?.startsWith('apps/') && to?.startsWith('apps/') && from !== to;
        })
        .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
    );
    expect(offences).toEqual([]);
  });

  it('no library imports an app', () => {
    const offences = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((t) => unitOf(file)?.startsWith('libs/') && unitOf(t)?.startsWith('apps/'))
        .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
    );
    expect(offences).toEqual([]);
  });

  it('the domain imports only the domain', () => {
    const offences = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((t) => unitOf(file) === 'libs/domain' && unitOf(t) !== 'libs/domain')
        .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
    );
    expect(offences).toEqual([]);
  });

  it('has no import cycle between files', () => {
    // Tarjan's strongly connected components: every component of more than one file is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    let counter = 0;
    const visit = (node: string): void => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      for (const next of graph.get(node) ?? []) {
        if (!index.has(next)) {
          visit(next);
          low.set(node, Math.min(low.get(node)!, low.get(next)!));
        } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(relative(ROOT, member));
        } while (member !== node);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!index.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
