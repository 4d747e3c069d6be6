import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  GENESIS_HASH,
  canonicalContentV2,
  canonicalEventContent,
  canonicalJson,
  computeEventHash,
  computeEventHashV2,
  expectedEventHash,
  type HashedContent,
} from './hash-chain';

const content: HashedContent = {
  eventId: '0b7c6f0e-5d55-4a8f-9a53-0d5b8b8a1c11',
  streamId: 'contract-42',
  revision: 0,
  type: 'ContractDrafted',
  schemaVersion: 1,
  data: { title: 'Lot 7', amounts: [1, 2.5], nested: { z: null, a: true } },
  occurredAt: '2025-03-01',
  metadata: { actor: 'user:alice', correlationId: 'c-1', causationId: null },
};

describe('hash chain', () => {
  it('serialises with sorted keys at every level and JSON.stringify semantics otherwise', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, undefined, { y: 1, x: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,null,{"x":2,"y":1}]},"b":1}',
    );
    expect(canonicalJson({ when: new Date('2025-01-01T00:00:00Z') })).toBe(
      '{"when":"2025-01-01T00:00:00.000Z"}',
    );
    expect(canonicalJson(undefined)).toBe('null');
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });

  it('assembles event content exactly like the generic canonical form', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.string(),
        fc.option(fc.string(), { nil: null }),
        (data, type, causationId) => {
          const event = { ...content, type, data, metadata: { ...content.metadata, causationId } };
          expect(canonicalEventContent(event, canonicalJson(data))).toBe(canonicalJson(event));
        },
      ),
    );
  });

  it('assembles the version-2 content (no revision) exactly like the generic canonical form', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.string(),
        fc.option(fc.string(), { nil: null }),
        (data, type, causationId) => {
          const { revision: _revision, ...event } = {
            ...content,
            type,
            data,
            metadata: { ...content.metadata, causationId },
          };
          expect(canonicalContentV2(event, canonicalJson(data))).toBe(canonicalJson(event));
        },
      ),
    );
  });

  it('is sha256 over the previous hash followed by the canonical content (pinned vector)', () => {
    const canonical =
      '{"data":{"amounts":[1,2.5],"nested":{"a":true,"z":null},"title":"Lot 7"},' +
      '"eventId":"0b7c6f0e-5d55-4a8f-9a53-0d5b8b8a1c11",' +
      '"metadata":{"actor":"user:alice","causationId":null,"correlationId":"c-1"},' +
      '"occurredAt":"2025-03-01","revision":0,"schemaVersion":1,"streamId":"contract-42","type":"ContractDrafted"}';
    const expected = createHash('sha256')
      .update(GENESIS_HASH + canonical)
      .digest('hex');
    expect(computeEventHash(GENESIS_HASH, content)).toBe(expected);
  });

  it('version 2: sha256 over 0x02, previous hash, content digest, revision, position, store time (pinned layout)', () => {
    const previous = 'ab'.repeat(32);
    const event = {
      ...content,
      revision: 7,
      position: 123456789n * 65536n + 2n,
      recordedAt: '2025-03-01T10:11:12.345Z',
    };
    const { revision: _r, ...withoutRevision } = event;
    const { position: _p, recordedAt: _t, ...hashedContent } = withoutRevision;
    const digest = createHash('sha256').update(canonicalJson(hashedContent)).digest();
    const fixed = Buffer.alloc(12);
    fixed.writeInt32BE(7, 0);
    fixed.writeBigInt64BE(event.position, 4);
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.from([2]), Buffer.from(previous, 'hex'), digest, fixed]))
      .update('2025-03-01T10:11:12.345Z')
      .digest('hex');
    expect(computeEventHashV2(previous, event)).toBe(expected);
    expect(expectedEventHash(previous, { ...event, hashVersion: 2 })).toBe(expected);
    expect(expectedEventHash(GENESIS_HASH, event)).toBe(computeEventHash(GENESIS_HASH, event));
  });
});
