import type { RecordedEvent } from '@app/event-store';
import { formatSequence, parseCursor } from '../sequence/feed-sequence';
import { cloudEventType, dataSchemaPath, parseCloudEventType } from './cloud-event-type';
import { businessTime, toCloudEvent } from './to-cloud-event';

/** 001's second installment, paid on 2023-04-20 (001 第四条 4.2), as stored. */
const recorded: RecordedEvent = {
  eventId: '0b8f7a52-4a43-5c1d-9f6c-2b7e110d8f6c',
  streamId: 'contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b',
  revision: 17,
  position: 51_118_080n,
  type: 'PaymentRecorded',
  schemaVersion: 1,
  occurredAt: '2023-04-20',
  recordedAt: '2025-03-01T08:15:02.123Z',
  data: {
    occurredAt: '2023-04-20',
    paymentId: 'pay-2',
    installmentId: 'second',
    amount: '704100.00',
  },
  metadata: { actor: 'finance-desk', correlationId: 'req-42', causationId: 'cmd-7' },
  hash: 'ab'.repeat(32),
};
const options = { source: 'urn:contract-ledger', schemaBaseUrl: 'https://ledger.example.gov.cn/' };

describe('toCloudEvent', () => {
  it('maps a recorded event to a CloudEvent 1.0 with the feed sequence and the ledger extensions', () => {
    expect(toCloudEvent(recorded, 42n, options)).toEqual({
      specversion: '1.0',
      id: recorded.eventId,
      source: 'urn:contract-ledger',
      type: 'cn.gov.contract.payment-recorded.v1',
      subject: 'b44145ef-8a49-5b4c-802f-6b7bddd0311b',
      time: '2023-04-20T00:00:00+08:00',
      datacontenttype: 'application/json',
      dataschema: 'https://ledger.example.gov.cn/schemas/events/payment-recorded/v1.json',
      sequence: '00000000000000000042',
      recordedtime: '2025-03-01T08:15:02.123Z',
      streamrevision: 17,
      correlationid: 'req-42',
      causationid: 'cmd-7',
      data: recorded.data,
    });
  });

  it('leaves causationid out when the event has no cause (CloudEvents attributes are never null)', () => {
    const event = toCloudEvent(
      { ...recorded, metadata: { ...recorded.metadata, causationId: null } },
      1n,
      options,
    );
    expect('causationid' in event).toBe(false);
  });
});

describe('CloudEvents type naming', () => {
  it('is the kebab-case domain type and the schema version, and reads back', () => {
    expect(cloudEventType('PaymentApplicationConfirmed', 1)).toBe(
      'cn.gov.contract.payment-application-confirmed.v1',
    );
    expect(dataSchemaPath('BondDeducted', 2)).toBe('/schemas/events/bond-deducted/v2.json');
    expect(parseCloudEventType('cn.gov.contract.bond-deducted.v2', ['BondDeducted'])).toEqual({
      type: 'BondDeducted',
      schemaVersion: 2,
    });
    expect(parseCloudEventType('cn.gov.contract.bond-deducted', ['BondDeducted'])).toBeNull();
    expect(parseCloudEventType('cn.gov.contract.bond-seized.v1', ['BondDeducted'])).toBeNull();
  });
});

describe('feed sequence as a string', () => {
  it('sorts as a string the way it sorts as a number', () => {
    const numbers = [1n, 9n, 10n, 99n, 100n, 1_000_000n, 9_223_372_036_854_775_807n];
    const strings = numbers.map(formatSequence);
    expect([...strings].sort()).toEqual(strings);
    expect(strings.every((s) => s.length === 20)).toBe(true);
  });

  it('reads cursors plain or padded, and refuses anything else', () => {
    expect(parseCursor('0')).toBe(0n);
    expect(parseCursor('00000000000000000042')).toBe(42n);
    for (const bad of ['', '-1', '1.5', '1e3', ' 1', '9223372036854775808', 'abc'])
      expect(parseCursor(bad)).toBeNull();
    expect(() => formatSequence(0n)).toThrow(RangeError);
  });
});

describe('business time', () => {
  it('is the start of the business day in China Standard Time', () => {
    expect(businessTime('2022-07-06')).toBe('2022-07-06T00:00:00+08:00');
    expect(businessTime('2022-07-06T09:30')).toBe('2022-07-06T09:30:00+08:00');
    expect(businessTime('2022-07-06T09:30:00Z')).toBe('2022-07-06T09:30:00Z');
  });
});
