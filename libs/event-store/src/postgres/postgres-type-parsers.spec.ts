import { timestamptzToIso } from './postgres-type-parsers';

describe('timestamptzToIso', () => {
  it.each([
    ['2025-01-02 03:04:05.123456+00', '2025-01-02T03:04:05.123Z'],
    ['2025-01-02 03:04:05.1+00', '2025-01-02T03:04:05.100Z'],
    ['2025-01-02 03:04:05+00', '2025-01-02T03:04:05.000Z'],
    ['2025-01-02 05:04:05.5+02', '2025-01-02T03:04:05.500Z'],
  ])('%s -> %s', (text, iso) => {
    expect(timestamptzToIso(text)).toBe(iso);
  });
});
