import { EVENT_JSON_SCHEMAS } from './contract-event';
import { EVENT_EXAMPLES } from './contract-event.examples';
import { S, type JsonSchema } from './json-schema';
import { validateAgainstSchema } from './json-schema.validator';

/** The ajv-backed validator: every refusal names the value's path and the rule it breaks. */
describe('validateAgainstSchema', () => {
  const schema: JsonSchema = S.object(
    {
      number: S.nullable(S.text),
      kind: S.oneOf(['a', 'b']),
      count: S.count,
      version: { const: 1 },
      paid: S.positiveMoney,
    },
    ['number'],
  );
  const ok = { kind: 'a', count: 0, version: 1, paid: '1.00' };

  it('accepts a value that follows every rule, optional members left out', () => {
    expect(validateAgainstSchema(schema, ok)).toEqual([]);
    expect(validateAgainstSchema(schema, { ...ok, number: null })).toEqual([]);
  });

  it('reports every broken rule at once, each at its own path', () => {
    expect(
      validateAgainstSchema(schema, { kind: 'c', count: -1, version: 2, paid: '0.00', x: 1 }),
    ).toEqual(
      expect.arrayContaining([
        { path: '/x', message: 'is not allowed' },
        { path: '/kind', message: 'expected one of ["a","b"]' },
        { path: '/count', message: 'below 0' },
        { path: '/version', message: 'expected 1' },
        { path: '/paid', message: expect.stringMatching(/^does not match \^/) },
      ]),
    );
    expect(validateAgainstSchema(schema, {})).toEqual(
      ['kind', 'count', 'version', 'paid'].map((k) => ({ path: `/${k}`, message: 'is required' })),
    );
  });

  it('folds the branches of a nullable member into one error naming both', () => {
    expect(validateAgainstSchema(schema, { ...ok, number: '' })).toEqual([
      { path: '/number', message: 'matches none of: shorter than 1; or expected null, got string' },
    ]);
    expect(validateAgainstSchema(schema, { ...ok, number: 7 })).toEqual([
      {
        path: '/number',
        message: 'matches none of: expected string, got number; or expected null, got number',
      },
    ]);
  });

  it('names a wrong event type and a whole value of the wrong kind', () => {
    const example = EVENT_EXAMPLES.PaymentRecorded;
    expect(
      validateAgainstSchema(EVENT_JSON_SCHEMAS.PaymentRecorded, { ...example, type: 'Other' }),
    ).toEqual([{ path: '/type', message: 'expected "PaymentRecorded"' }]);
    expect(validateAgainstSchema(EVENT_JSON_SCHEMAS.PaymentRecorded, [])).toEqual([
      { path: '/', message: 'expected object, got array' },
    ]);
  });

  it('compiles each schema once and keeps answering the same', () => {
    const bad = { ...ok, count: 1.5 };
    const first = validateAgainstSchema(schema, bad);
    expect(first).toEqual([{ path: '/count', message: 'expected integer, got number' }]);
    expect(validateAgainstSchema(schema, bad)).toEqual(first);
  });
});
