import fc from 'fast-check';
import { canonicalJson } from '@app/event-store';
import { CanonicalizationError, canonicalize, canonicalizeJsonValue } from './jcs';
import {
  CANONICALIZATION_EXAMPLES,
  NUMBER_EXAMPLES,
  REFUSED_NUMBERS,
} from '../testing/vectors/rfc8785.vectors';

const double = (hex: string) => Buffer.from(hex, 'hex').readDoubleBE(0);

describe('RFC 8785 JSON canonicalisation', () => {
  it.each(CANONICALIZATION_EXAMPLES.map((e) => [e.name, e] as const))(
    'canonicalises the reference example %s',
    (_, example) => {
      expect(canonicalize(JSON.parse(example.input))).toBe(example.output.replace(/\n$/, ''));
    },
  );

  it.each(NUMBER_EXAMPLES)('serialises the double %s as %s (Appendix B)', (bits, text) => {
    expect(canonicalize(double(bits))).toBe(text);
  });

  it.each(REFUSED_NUMBERS)('refuses the double %s (NaN / Infinity)', (bits) => {
    expect(() => canonicalize(double(bits))).toThrow(CanonicalizationError);
  });

  it('sorts names by UTF-16 code units, not by code point or locale', () => {
    // By code point U+FB33 comes before U+1F602; in UTF-16 the smiley starts 0xD83D < 0xFB33.
    expect(canonicalize({ '\u{1F602}': 1, '\uFB33': 2, '\u00e9': 3, z: 4 })).toBe(
      '{"z":4,"\u00e9":3,"\u{1F602}":1,"\uFB33":2}',
    );
  });

  it('refuses what JSON cannot say, naming where', () => {
    expect(() => canonicalize({ a: [1, undefined] })).toThrow(
      '$.a[1]: a undefined has no JSON form',
    );
    expect(() => canonicalize({ s: 'x\uD800' })).toThrow('$.s: a string holds a lone surrogate');
    expect(() => canonicalize({ n: 10n })).toThrow(CanonicalizationError);
    expect(() => canonicalize({ d: new Date(0) })).toThrow('only plain objects');
  });

  it('agrees with the event store chain canonical form for every JSON value, so old chains verify', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = JSON.parse(JSON.stringify(value)) as unknown;
        expect(canonicalize(parsed)).toBe(canonicalJson(parsed));
      }),
      { numRuns: 2000 },
    );
  });

  describe('canonicalizeJsonValue: the RFC 8785 form of what a JSON file of the value reads back as', () => {
    const roundTrip = (value: unknown) =>
      canonicalize(JSON.parse(JSON.stringify(value)) as unknown);
    const outcome = (f: () => string) => {
      try {
        return f();
      } catch (error) {
        return error instanceof CanonicalizationError ? 'refused' : `threw ${String(error)}`;
      }
    };
    /** Names whose UTF-16 order differs from their code point order, and JavaScript's special ones. */
    const trickyKey = fc.constantFrom(
      '\u{1F602}',
      '\uFB33',
      '\uFFFF',
      '\u00e9',
      'e\u0301',
      '10',
      '2',
      '-1',
      '',
      '__proto__',
      'toJSON',
      '\u2028',
      '"\\',
      '\uDC00',
      '\\ud83d',
    );
    /** A value whose toJSON answers by the key it is held under (JSON.stringify passes it). */
    const keyed = { toJSON: (key: string) => (key === '' ? 'top' : `held as ${key}`) };
    /** JSON values, and what JSON.stringify maps or leaves out, anywhere inside. */
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom(
          undefined,
          Number.NaN,
          -Infinity,
          -0,
          1e21,
          1e-7,
          5e-324,
          Number.MAX_VALUE,
          2 ** 53 + 2,
          () => 1,
          Symbol('s'),
          keyed,
          new Map([[1, 2]]),
          Object.assign(Object.create(null) as object, { b: 1, a: [2] }),
        ),
        fc.double(),
        fc.date({ noInvalidDate: true }),
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'grapheme' }),
        // Lone surrogates (refused), a pair (not), and the text of an escape (a backslash, not one).
        fc.constantFrom('\uD800', 'a\uDC00b', '\uDBFF\uDFFF', '\\ud800', 'x\\\uDFFF'),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(
          fc.oneof(trickyKey, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
          tie('node'),
          { maxKeys: 5 },
        ),
      ),
    })).node;

    it('is the round trip through JSON text, for JSON values and what JSON.stringify maps', () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), value), (v) => {
          // Inside an object and an array (at the top, undefined has no JSON text at all).
          for (const holder of [{ v }, [v]])
            expect(outcome(() => canonicalizeJsonValue(holder))).toBe(
              outcome(() => roundTrip(holder)),
            );
        }),
        { numRuns: 5000 },
      );
    });

    it.each(CANONICALIZATION_EXAMPLES.map((e) => [e.name, e] as const))(
      'gives the reference example %s byte for byte',
      (_, example) => {
        const parsed = JSON.parse(example.input) as unknown;
        expect(canonicalizeJsonValue(parsed)).toBe(example.output.replace(/\n$/, ''));
        expect(canonicalizeJsonValue(parsed)).toBe(canonicalize(parsed));
      },
    );

    it.each(NUMBER_EXAMPLES)(
      'serialises the double %s as %s, as canonicalize does',
      (bits, text) => {
        expect(canonicalizeJsonValue([double(bits)])).toBe(`[${text}]`);
      },
    );

    it('agrees with canonicalize on unicode, 1e21, -0, nested arrays and UTF-16 name order', () => {
      const cases: unknown[] = [
        { '\u{1F602}': 1, '\uFB33': 2, '\u00e9': 3, z: 4, '\uFFFF': 5, '\uD7FF': 6 },
        { n: [1e21, 1e-7, -0, 0.1 + 0.2, 2 ** 53, -5e-324, 123456789012345680000, 1e20] },
        [[[[]]], [[1, [2, [3, {}]]]], [[], {}, [null]]],
        {
          合同: '第二期 "付款"\n\u2028\u0000\u001f\u007f',
          'e\u0301': 'é',
          '\u{10FFFF}': '\u{1F600}',
        },
        { '10': 'a', '2': 'b', '-1': 'c', '': 'd', a: { '1': [], '01': null } },
      ];
      for (const c of cases) expect(canonicalizeJsonValue(c)).toBe(canonicalize(c));
      expect(canonicalizeJsonValue(cases[0])).toBe(
        '{"z":4,"\u00e9":3,"\uD7FF":6,"\u{1F602}":1,"\uFB33":2,"\uFFFF":5}',
      );
      expect(canonicalizeJsonValue(cases[1])).toBe(
        '{"n":[1e+21,1e-7,0,0.30000000000000004,9007199254740992,-5e-324,123456789012345680000,100000000000000000000]}',
      );
    });

    it('leaves the value it is given as it was, shared parts and member order included', () => {
      const shared = { z: 1, a: [{ y: 2, b: 3 }] };
      const value = { d: shared, c: [shared, shared], b: { a: 1, b: 2 }, when: new Date(0) };
      const before = JSON.stringify(value);
      expect(canonicalizeJsonValue(value)).toBe(canonicalize(JSON.parse(before)));
      expect(JSON.stringify(value)).toBe(before);
      expect(Object.keys(value)).toEqual(['d', 'c', 'b', 'when']);
    });

    it('hands toJSON the name or index the value is held under, as JSON.stringify does', () => {
      const keyed = { toJSON: (key: string) => `held as ${key}` };
      expect(canonicalizeJsonValue({ b: keyed, a: [keyed] })).toBe(
        '{"a":["held as 0"],"b":"held as b"}',
      );
      expect(canonicalizeJsonValue(keyed)).toBe('"held as "');
      expect(canonicalizeJsonValue({ gone: { toJSON: () => undefined } })).toBe('{}');
    });

    it('leaves out undefined members, maps NaN and undefined in arrays to null, takes toJSON', () => {
      expect(
        canonicalizeJsonValue({ b: undefined, a: [undefined, Number.NaN, -0], d: new Date(0) }),
      ).toBe('{"a":[null,null,0],"d":"1970-01-01T00:00:00.000Z"}');
      expect(() => canonicalizeJsonValue({ s: ['x\uD800'] })).toThrow(
        '$.s[0]: a string holds a lone surrogate',
      );
      expect(() => canonicalizeJsonValue(undefined)).toThrow(CanonicalizationError);
      expect(() => canonicalizeJsonValue({ n: 10n })).toThrow(CanonicalizationError);
    });
  });
});
