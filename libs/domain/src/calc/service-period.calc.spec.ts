import {
  explicitServicePeriod,
  serviceMonthsCompletedOn,
  servicePeriodFromMonths,
} from './service-period.calc';

describe('service period', () => {
  it('000 第三条: explicit 2022-03-01 → 2023-04-30 (14 months, 426 days)', () => {
    expect(explicitServicePeriod('2022-03-01', '2023-04-30')).toEqual({
      start: '2022-03-01',
      end: '2023-04-30',
      days: 426,
      basis: 'explicit',
      from: '2022-03-01',
    });
  });

  it('002 第二条3: explicit 2021-09-30 → 2022-09-29 is a service year of 365 days, start day included', () => {
    expect(explicitServicePeriod('2021-09-30', '2022-09-29').days).toBe(365);
  });

  it('001 2.3: 12 months from signing 2022-07-06 — Civil Code art. 201–202 by default: 2022-07-07 … 2023-07-06', () => {
    const p = servicePeriodFromMonths('2022-07-06', 12);
    expect(p).toMatchObject({
      start: '2022-07-07',
      end: '2023-07-06',
      days: 365,
      basis: 'civil-code',
      from: '2022-07-06',
    });
  });

  it('001 2.3 written "start day included": 2022-07-06 … 2023-07-05', () => {
    const p = servicePeriodFromMonths('2022-07-06', 12, { startDayIncluded: true });
    expect(p).toMatchObject({
      start: '2022-07-06',
      end: '2023-07-05',
      days: 365,
      basis: 'start-day-included',
    });
  });

  it('000 第三条 as 14 months from 2022-03-01, start day included, gives the stated 2023-04-30', () => {
    expect(servicePeriodFromMonths('2022-03-01', 14, { startDayIncluded: true }).end).toBe(
      '2023-04-30',
    );
  });

  it('month-end rule (art. 202): no same-numbered day → the month’s last day', () => {
    expect(servicePeriodFromMonths('2022-01-31', 1).end).toBe('2022-02-28');
    expect(servicePeriodFromMonths('2023-11-30', 3).end).toBe('2024-02-29');
    expect(servicePeriodFromMonths('2022-01-31', 1, { startDayIncluded: true }).end).toBe(
      '2022-02-28',
    );
    expect(servicePeriodFromMonths('2022-01-15', 1, { startDayIncluded: true }).end).toBe(
      '2022-02-14',
    );
  });

  it('001 4.2: "8 months of service" are complete on 2023-03-06 (Civil Code) or 2023-03-05 (start day included)', () => {
    expect(serviceMonthsCompletedOn(servicePeriodFromMonths('2022-07-06', 12), 8)).toBe(
      '2023-03-06',
    );
    expect(
      serviceMonthsCompletedOn(
        servicePeriodFromMonths('2022-07-06', 12, { startDayIncluded: true }),
        8,
      ),
    ).toBe('2023-03-05');
  });

  it('rejects an inverted period and a non-whole number of months', () => {
    expect(() => explicitServicePeriod('2023-01-02', '2023-01-01')).toThrow(
      expect.objectContaining({ code: 'SERVICE_PERIOD_INVERTED' }),
    );
    expect(() => servicePeriodFromMonths('2022-07-06', 0)).toThrow(
      expect.objectContaining({ code: 'INVALID_MONTHS' }),
    );
  });
});
