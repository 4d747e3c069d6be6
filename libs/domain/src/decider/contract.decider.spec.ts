import { DomainError } from '../shared/decider';
import { contractDecider, foldContract, streamIdFor } from './contract.decider';
import { DOMAIN_ERROR_CODES } from './domain-errors';
import { SIGNED_000 } from './testing/fixtures';

describe('contractDecider', () => {
  it('starts from a draft and names one stream per contract', () => {
    expect(contractDecider.initialState()).toEqual({ status: 'draft' });
    expect(foldContract([])).toEqual({ status: 'draft' });
    expect(streamIdFor('c-000')).toBe('contract-c-000');
  });

  it('documents every error code: SCREAMING_SNAKE, a kind for the HTTP layer and a meaning', () => {
    for (const [code, { kind, meaning }] of Object.entries(DOMAIN_ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(['not-found', 'conflict', 'invalid']).toContain(kind);
      expect(meaning.length).toBeGreaterThan(15);
    }
  });

  it('throws a plain Error (not a DomainError) when a stream is corrupt', () => {
    const corrupt = [
      () =>
        foldContract([
          {
            type: 'ServicePeriodEnded',
            data: { occurredAt: '2023-01-01', serviceEnd: '2023-01-01' },
          },
        ]),
      () => foldContract([...SIGNED_000, ...SIGNED_000]),
    ];
    for (const fold of corrupt) {
      expect(fold).toThrow(/^Corrupt stream/);
      try {
        fold();
      } catch (e) {
        expect(e).not.toBeInstanceOf(DomainError);
      }
    }
  });
});
