/**
 * A date-based computation that may need calendar data we do not have yet
 * (CALENDAR_YEAR_NOT_COVERED): the value, or null and the reason. Views show the reason beside
 * the figure instead of failing the whole view.
 */
export function attemptAsOf<T>(compute: () => T): { value: T | null; problem: string | null } {
  try {
    return { value: compute(), problem: null };
  } catch (error) {
    return { value: null, problem: error instanceof Error ? error.message : String(error) };
  }
}
