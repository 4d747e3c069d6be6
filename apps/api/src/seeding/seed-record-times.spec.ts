import type { SeedStep } from './seed.types';
import { readReferenceSeeds } from './seed-files.reader';
import { seedRecordTimes } from './seed-record-times';

const step = (n: number, occurredAt: string, recordedAt?: string): SeedStep => ({
  step: n,
  note: 'n',
  actor: 'finance',
  command: {
    type: 'RecordPayment',
    data: { occurredAt, paymentId: `p${n}`, installmentId: 'i', amount: '1.00' },
  },
  ...(recordedAt === undefined ? {} : { recordedAt }),
});

describe('seedRecordTimes', () => {
  it('records a step at 18:00 China time on its business day, a minute after the one before when that is later', () => {
    const times = seedRecordTimes({
      key: 't',
      history: [step(1, '2022-05-26'), step(2, '2022-05-26'), step(3, '2022-05-27')],
    });
    expect(times).toEqual([
      '2022-05-26T10:00:00.000Z',
      '2022-05-26T10:01:00.000Z',
      '2022-05-27T10:00:00.000Z',
    ]);
  });

  it('takes an explicit recordedAt, and later steps follow it', () => {
    const times = seedRecordTimes({
      key: 't',
      history: [
        step(1, '2022-05-26'),
        step(2, '2022-05-27', '2022-06-17T16:30:00+08:00'),
        step(3, '2022-06-10'),
      ],
    });
    expect(times).toEqual([
      '2022-05-26T10:00:00.000Z',
      '2022-06-17T08:30:00.000Z',
      '2022-06-17T08:31:00.000Z',
    ]);
  });

  it.each([
    ['2022-06-17', '2022-05-27', 'ISO date-time with a zone'],
    ['2022-06-17T16:30:00', '2022-05-27', 'ISO date-time with a zone'],
    ['2022-05-26T23:00:00+08:00', '2022-05-27', 'before its day'],
    ['2022-05-26T09:00:00+08:00', '2022-05-26', 'never goes back'],
  ])('refuses recordedAt %s for a step of %s (%s)', (recordedAt, occurredAt, message) => {
    // Step 1 is recorded at 2022-05-26 18:00 China time.
    const history = [step(1, '2022-05-26'), step(2, occurredAt, recordedAt)];
    expect(() => seedRecordTimes({ key: 't', history })).toThrow(message);
  });

  it('gives every reference history rising record times, 000 correcting its payment three weeks later', () => {
    for (const seed of readReferenceSeeds()) {
      const times = seedRecordTimes(seed);
      expect(times).toEqual([...times].sort());
      expect(new Set(times).size).toBe(times.length);
    }
    const seed000 = readReferenceSeeds().find((s) => s.key === '000')!;
    const times = seedRecordTimes(seed000);
    const payment = seed000.history.findIndex((s) => s.command.type === 'RecordPayment');
    const correction = seed000.history.findIndex((s) => s.command.type === 'RecordCorrection');
    expect(times[payment]).toBe('2022-05-26T10:00:00.000Z');
    expect(times[correction]).toBe('2022-06-17T08:30:00.000Z');
  });
});
