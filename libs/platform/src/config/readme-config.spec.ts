import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READ_ELSEWHERE, SETTINGS } from './config-schema';

/** The README's configuration table is the operator's reference: it must not drift. */
describe('README "Configuration"', () => {
  const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
  const start = readme.indexOf('## Configuration');
  const rows = readme
    .slice(start, readme.indexOf('\n## ', start + 1))
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |`/g, '')));

  it.each(Object.entries(SETTINGS))('documents %s with its default', (name, spec) => {
    const row = rows.find((cells) => cells[0] === name);
    expect(row?.[1]).toBe(spec.default);
  });

  it.each(READ_ELSEWHERE)('documents %s', (name) => {
    expect(rows.some((cells) => cells[0].split(' / ').includes(name))).toBe(true);
  });
});
