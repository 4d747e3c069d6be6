import { eventIdFor, commandIdFor } from './command-id';
import { formatEtag, parseEtag, parseIfMatch } from './etag';

describe('ETag ↔ revision', () => {
  it('round-trips', () => {
    expect(formatEtag(7)).toBe('W/"7"');
    expect(parseEtag(formatEtag(7))).toBe(7);
    expect(parseEtag('"0"')).toBe(0);
    expect(parseEtag('W/"07"')).toBeNull();
    expect(parseEtag('W/"abc"')).toBeNull();
  });

  it('reads If-Match: absent or * means no precondition, garbage is a 400 problem', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('*')).toBeUndefined();
    expect(parseIfMatch(' W/"12" ')).toBe(12);
    expect(() => parseIfMatch('W/"1", W/"2"')).toThrow(
      expect.objectContaining({
        problem: expect.objectContaining({ status: 400, code: 'INVALID_IF_MATCH' }),
      }),
    );
    expect(() => parseIfMatch('12')).toThrow();
  });
});

describe('command and event ids', () => {
  it('derive deterministically', () => {
    expect(eventIdFor('cmd-1', 0)).toBe(eventIdFor('cmd-1', 0));
    expect(eventIdFor('cmd-1', 0)).not.toBe(eventIdFor('cmd-1', 1));
    expect(eventIdFor('cmd-1', 0)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(commandIdFor('ops', 'key-1')).toBe(commandIdFor('ops', 'key-1'));
    expect(commandIdFor('ops', 'key-1')).not.toBe(commandIdFor('other', 'key-1'));
    expect(commandIdFor('ops', undefined)).not.toBe(commandIdFor('ops', undefined));
  });
});
