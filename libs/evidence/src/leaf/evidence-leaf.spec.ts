import fc from 'fast-check';
import { computeEventHash, computeEventHashV2 } from '@app/event-store';
import {
  chainHashOf,
  chainHashV2Of,
  hashEvent,
  leafBytes,
  leafBytesOfCanonical,
  leafHashOf,
} from './evidence-leaf';
import { canonicalize } from '../canonical/jcs';

const content = (data: unknown, revision = 0) => ({
  eventId: '5b0c1e0e-2f3a-5c1d-9a43-0d8f6c2b7e11',
  streamId: 'contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b',
  revision,
  type: 'PaymentRecorded',
  schemaVersion: 1,
  data,
  occurredAt: '2023-04-26',
  metadata: { actor: 'finance-desk', correlationId: 'c-1', causationId: null },
});

describe('evidence leaves', () => {
  it('chain exactly as the event store does, so stored hashes verify offline', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(1000), (data, revision) => {
        const c = content(JSON.parse(JSON.stringify(data)) as unknown, revision);
        const previous = 'ab'.repeat(32);
        expect(chainHashOf(previous, c)).toBe(computeEventHash(previous, c));
      }),
      { numRuns: 500 },
    );
  });

  it('chain version 2 exactly as the event store does (position and store time covered)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(100000),
        fc.bigInt(65536n, 2n ** 62n),
        (data, revision, position) => {
          const c = content(JSON.parse(JSON.stringify(data)) as unknown, revision);
          const previous = 'ab'.repeat(32);
          const recordedAt = '2026-12-02T04:05:06.789Z';
          const expected = computeEventHashV2(previous, { ...c, position, recordedAt });
          expect(chainHashV2Of(previous, c, position.toString(), recordedAt)).toBe(expected);
          const leaf = { content: c, recordedAt, chainHash: expected, hashVersion: 2 };
          expect(hashEvent(previous, { ...leaf, position: position.toString() }).chainHash).toBe(
            expected,
          );
          expect(
            hashEvent(previous, { ...leaf, position: (position + 1n).toString() }).chainHash,
          ).not.toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('build the same leaf bytes by the fast path and the generic one', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (data, recordedAt) => {
        const leaf = {
          content: content(JSON.parse(JSON.stringify(data)) as unknown),
          recordedAt,
          chainHash: 'cd'.repeat(32),
        };
        const fast = leafBytesOfCanonical(
          canonicalize(leaf.content),
          leaf.recordedAt,
          leaf.chainHash,
        );
        expect(fast.equals(leafBytes(leaf))).toBe(true);
        expect(hashEvent('0'.repeat(64), leaf).leafHash.equals(leafHashOf(leaf))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('commit to the store time and the chain hash, not only the content', () => {
    const leaf = {
      content: content({ amount: '704100.00' }),
      recordedAt: '2023-04-26T08:00:00.000Z',
      chainHash: 'ef'.repeat(32),
    };
    expect(
      leafHashOf({ ...leaf, recordedAt: '2023-04-26T08:00:00.001Z' }).equals(leafHashOf(leaf)),
    ).toBe(false);
    expect(leafHashOf({ ...leaf, chainHash: 'ee'.repeat(32) }).equals(leafHashOf(leaf))).toBe(
      false,
    );
    expect(leafBytes(leaf).toString()).toMatch(
      /^\{"chainHash":"efef.*","content":\{"data":\{"amount":"704100.00"\}.*"format":"contract-ledger\/evidence-leaf\/v1","recordedAt":"2023-04-26T08:00:00.000Z"\}$/,
    );
  });
});
