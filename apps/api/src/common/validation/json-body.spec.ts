import { exceedsDepth } from './json-body';
import { screenBody } from './body-screen';

describe('exceedsDepth (raw JSON bytes)', () => {
  const deep = (n: number) => Buffer.from(`${'['.repeat(n)}${']'.repeat(n)}`);
  it('counts arrays and objects alike, up to the limit inclusive', () => {
    expect(exceedsDepth(deep(3), 3)).toBe(false);
    expect(exceedsDepth(deep(4), 3)).toBe(true);
    expect(exceedsDepth(Buffer.from('{"a":{"b":[1]}}'), 3)).toBe(false);
    expect(exceedsDepth(Buffer.from('{"a":{"b":[{}]}}'), 3)).toBe(true);
  });
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsDepth(Buffer.from('{"a":"[[[[{{{{"}'), 1)).toBe(false);
    expect(exceedsDepth(Buffer.from('{"a":"\\"[[[[\\\\"}'), 1)).toBe(false);
    expect(exceedsDepth(Buffer.from('{"a":"\\\\",  "b":[[]]}'), 2)).toBe(true);
  });
});

describe('screenBody', () => {
  it('names every offending field with the validation path syntax', () => {
    const body = JSON.parse(
      '{"memo":"a\\u0000b","items":[{"note":"ok\\n"},{"note":"\\u0007"}],"__proto__":1}',
    ) as unknown;
    expect(screenBody(body).map((f) => [f.field, f.rule])).toEqual([
      ['__proto__', 'whitelistValidation'],
      ['memo', 'noControlCharacters'],
      ['items[1].note', 'noControlCharacters'],
    ]);
  });
  it('passes ordinary text, Chinese and emoji included', () => {
    expect(screenBody({ breach: '服务不达标 ✅ 😀\r\n\t' })).toEqual([]);
  });
});
