import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READ_ELSEWHERE, SETTINGS } from './config-schema';

/**
 * The README's settings tables are the operator's reference: every variable the schema knows has
 * a row (`| \`NAME\` | default | meaning |`, in "Configuration" or in the section of the part that
 * reads it), with the default the schema documents.
 */
describe('README settings tables', () => {
  const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
  const rows = readme
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
