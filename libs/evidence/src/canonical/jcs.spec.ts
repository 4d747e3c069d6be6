import fc from 'fast-check';
import { canonicalJson } from '@app/event-store';
import { CanonicalizationError, canonicalize } from './jcs';
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
});
