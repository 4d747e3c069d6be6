/**
 * The working-day calendar outside the domain: the lunar festival table, the `calendar` stream
 * of operator-published years, and the value every process computes deadlines with.
 */
export * from './calendar-events';
export * from './festival-dates';
export * from './production-calendar';
export * from './calendar.service';
export * from './calendar.module';
export * from './calendar-year-file';
