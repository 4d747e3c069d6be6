import { FactMap } from './fact-map';

describe('FactMap (facts by id, extended without copying the others)', () => {
  it('given 1,000 recorded facts, when one is set, then the earlier map is unchanged', () => {
    const before = Array.from({ length: 1000 }, (_, i) => `pay-${i}`).reduce(
      (m, id, i) => m.set(id, i),
      FactMap.empty<number>(),
    );
    const after = before.set('pay-1000', 1000).set('pay-7', -7);
    expect(before.get('pay-7')).toBe(7);
    expect(before.get('pay-1000')).toBeUndefined();
    expect(after.get('pay-7')).toBe(-7);
    expect(after.size).toBe(1001);
  });

  it('gives values in the order first recorded; a replaced fact keeps its place', () => {
    const m = FactMap.of({ b: 'B', a: 'A', c: 'C' }).set('a', 'A2').set('d', 'D');
    expect(m.values()).toEqual(['B', 'A2', 'C', 'D']);
  });

  it('answers undefined for an id never recorded, even one named like an Object property', () => {
    expect(FactMap.empty<string>().set('x', 'X').get('toString')).toBeUndefined();
  });
});
