/**
 * The working-day calendar versions a JSON value names: every `calendarVersion` string in it, at
 * any depth, split into the versions of its years (`chinese-days@1.5.7+cn-2027@ops-1` is two),
 * each listed once, in year order (the chinese-days package first: it covers 2004–2026).
 * The evidence manifest names with it the calendars the export's figures were computed with (the
 * timeline) and those the events recorded (BondDeposited.calendarVersion …).
 */
export function calendarVersionsIn(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'calendarVersion' && typeof x === 'string') {
          for (const part of x.split('+')) if (part !== '') found.add(part);
        } else walk(x);
      }
    }
  };
  walk(value);
  const yearOf = (version: string) => Number(/-(\d{4})@/.exec(version)?.[1] ?? 0);
  return [...found].sort((a, b) => yearOf(a) - yearOf(b) || (a < b ? -1 : a > b ? 1 : 0));
}
