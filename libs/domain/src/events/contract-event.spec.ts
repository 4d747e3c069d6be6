import {
  CONTRACT_EVENT_TYPES,
  EVENT_JSON_SCHEMAS,
  EVENT_SCHEMA_VERSIONS,
  isContractEventType,
} from './contract-event';
import { EVENT_EXAMPLES } from './contract-event.examples';
import { DRAFT_2020_12 } from './json-schema';
import { validateAgainstSchema } from './json-schema.validator';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('contract events', () => {
  it('lists every event type once (each with its example), each at schema version 1', () => {
    expect(Object.keys(EVENT_EXAMPLES).sort()).toEqual([...CONTRACT_EVENT_TYPES].sort());
    expect(new Set(CONTRACT_EVENT_TYPES).size).toBe(CONTRACT_EVENT_TYPES.length);
    for (const type of CONTRACT_EVENT_TYPES) {
      expect(EVENT_SCHEMA_VERSIONS[type]).toBe(1);
      expect(isContractEventType(type)).toBe(true);
      // Past tense; the deadline facts InstallmentBecameOverdue / BondRefundOverdue name the state
      // the passing day brought (issue 11's names).
      expect(type).toMatch(/^[A-Z][a-zA-Z]+(ed|Paid|Withdrawn|Overdue)$/);
    }
    expect(isContractEventType('PaymentMade')).toBe(false);
  });

  describe.each(CONTRACT_EVENT_TYPES)('%s', (type) => {
    const schema = EVENT_JSON_SCHEMAS[type];
    const example = EVENT_EXAMPLES[type];

    it('has a closed draft 2020-12 schema with occurredAt', () => {
      expect(schema.$schema).toBe(DRAFT_2020_12);
      expect(schema.title).toBe(type);
      expect(schema.additionalProperties).toBe(false);
      expect(schema.properties?.data.additionalProperties).toBe(false);
      expect(schema.properties?.data.required).toContain('occurredAt');
    });

    it('validates its example, which is plain JSON', () => {
      expect(example.type).toBe(type);
      expect(validateAgainstSchema(schema, example)).toEqual([]);
      expect(clone(example)).toEqual(example);
    });

    it('describes exactly the fields of its data', () => {
      expect(Object.keys(schema.properties!.data.properties!).sort()).toEqual(
        Object.keys(example.data).sort(),
      );
    });

    it('refuses an unknown field, a missing business date and a wrong type name', () => {
      const extra = clone(example) as { data: Record<string, unknown> };
      extra.data.note = 'x';
      expect(validateAgainstSchema(schema, extra)).toEqual([
        { path: '/data/note', message: 'is not allowed' },
      ]);
      const undated = clone(example) as { data: Record<string, unknown> };
      delete undated.data.occurredAt;
      expect(validateAgainstSchema(schema, undated)).toEqual([
        { path: '/data/occurredAt', message: 'is required' },
      ]);
      expect(validateAgainstSchema(schema, { ...clone(example), type: 'Other' })).not.toEqual([]);
    });
  });

  it('refuses money written as a number, an impossible date and an unknown flag', () => {
    const schema = EVENT_JSON_SCHEMAS.PaymentRecorded;
    const base = EVENT_EXAMPLES.PaymentRecorded;
    expect(
      validateAgainstSchema(schema, { ...base, data: { ...base.data, amount: 1408200 } }),
    ).toEqual([{ path: '/data/amount', message: 'expected string, got number' }]);
    expect(
      validateAgainstSchema(schema, { ...base, data: { ...base.data, occurredAt: '2022-02-30' } }),
    ).toEqual([{ path: '/data/occurredAt', message: 'not a calendar date' }]);
    expect(
      validateAgainstSchema(schema, { ...base, data: { ...base.data, flags: ['early'] } })[0].path,
    ).toBe('/data/flags/0');
    expect(
      validateAgainstSchema(schema, { ...base, data: { ...base.data, flags: ['late', 'late'] } }),
    ).toEqual([{ path: '/data/flags', message: 'items are not unique' }]);
  });

  it('refuses a zero amount where the fact needs a positive one', () => {
    const schema = EVENT_JSON_SCHEMAS.RefundPaid;
    const base = EVENT_EXAMPLES.RefundPaid;
    expect(
      validateAgainstSchema(schema, { ...base, data: { ...base.data, amount: '0.00' } }),
    ).not.toEqual([]);
    expect(
      validateAgainstSchema(schema, { ...base, data: { ...base.data, amount: '0.01' } }),
    ).toEqual([]);
  });
});
