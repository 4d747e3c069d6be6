import { arrayChunks, jsonChunks } from './json-chunks';

/** `batched` written a batch of elements at a time, when it is an array. */
const chunksOf = (value: object, batched: string) =>
  jsonChunks(value, {
    [batched]: (member) => (Array.isArray(member) ? arrayChunks(member) : undefined),
  });
const joined = (value: object, batched: string) =>
  Buffer.concat(chunksOf(value, batched)).toString('utf8');

describe('jsonChunks: the bytes of JSON.stringify, a large array a batch at a time', () => {
  it('gives the same text for 1,000 entries with Chinese text among them', () => {
    const timeline = {
      contractId: '000',
      asOf: '2022-12-15',
      basis: { knownAt: '2022-12-01T00:00:00.000Z', position: '42' },
      kinds: null,
      entries: Array.from({ length: 1_000 }, (_, i) => ({
        n: i,
        data: i % 97 === 0 ? { reason: '补充协议第三条：付款日期更正' } : { amount: `${i}.00` },
      })),
    };
    expect(joined(timeline, 'entries')).toBe(JSON.stringify(timeline));
    expect(chunksOf(timeline, 'entries').length).toBeGreaterThan(3);
  });

  it('skips undefined and function members and writes null elements as JSON.stringify does', () => {
    const value = {
      a: undefined,
      entries: [1, undefined, () => 1, { b: undefined }],
      f: () => 1,
      z: 'last',
    };
    expect(joined(value, 'entries')).toBe(JSON.stringify(value));
  });

  it('an empty array and a missing or non-array batched member are written whole', () => {
    expect(joined({ entries: [] }, 'entries')).toBe('{"entries":[]}');
    expect(joined({ entries: 'x', n: 1 }, 'entries')).toBe(JSON.stringify({ entries: 'x', n: 1 }));
    expect(joined({}, 'entries')).toBe('{}');
  });
});
