import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCalendarYearFromFile, CalendarService } from '@app/calendar';
import { runMigrations } from '@app/database';
import { DomainError } from '@app/domain';
import { createPostgresEventStore, eventStoreMigrations, type EventStore } from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { INVENTED_2027 } from './invented-2027.calendar';

/**
 * `npm run calendar:add -- FILE` records a year from a data file through the code of
 * POST /calendar/years (CalendarService.publish → validateCalendarYearFile → the `calendar`
 * stream). The file here is the INVENTED 2027 of the endpoint's test: no State Council notice for
 * 2027 is available to this project, so no official 2027 file is shipped (calendar/README.md).
 */
describe('calendar:add — a calendar year from a file (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: EventStore;
  const dir = mkdtempSync(join(tmpdir(), 'finance-calendar-'));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return path;
  };
  const meta = { actor: 'cli:test', correlationId: 'c-1', today: '2026-12-02' };
  const refusal = async (path: string) => {
    try {
      await addCalendarYearFromFile(store, path, meta);
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    throw new Error('recorded');
  };

  beforeAll(async () => {
    db = await createTestDatabase('calendar_cli');
    await runMigrations(db.url, eventStoreMigrations);
    store = createPostgresEventStore({ url: db.url });
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('records the file with its source and version; the same file again records nothing', async () => {
    const path = file('2027.json', INVENTED_2027);
    const first = await addCalendarYearFromFile(store, path, meta);
    expect(first).toMatchObject({
      recorded: true,
      year: {
        year: 2027,
        status: 'official',
        calendarVersion: 'cn-2027@test-1',
        source: INVENTED_2027.source,
        replaces: 'provisional-2027@rules-2024',
      },
    });
    expect((await addCalendarYearFromFile(store, path, meta)).recorded).toBe(false);
    const stream = await store.readStream('calendar');
    expect(stream).toHaveLength(1);
    expect(stream[0]).toMatchObject({
      type: 'CalendarYearPublished',
      metadata: { actor: 'cli:test' },
    });
  });

  it('validates exactly like the endpoint: a make-up day on a Monday, a wrong statutory count', async () => {
    const broken = {
      ...INVENTED_2027,
      version: 'test-2',
      breaks: INVENTED_2027.breaks.map((b) =>
        b.festivals[0] === 'springFestival'
          ? { ...b, workdays: ['2027-02-01', '2027-02-20'] }
          : b.festivals[0] === 'midAutumn'
            ? { ...b, off: ['2027-09-15', '2027-09-16'] }
            : b,
      ),
    };
    const error = await refusal(file('broken.json', broken));
    expect(error.code).toBe('CALENDAR_YEAR_INVALID');
    const violations = JSON.stringify(error.details);
    expect(violations).toContain('breaks[1].workdays[0]');
    expect(violations).toContain('makeUpDayOnWeekend');
    expect(violations).toContain('breaks[5].off');
    expect(violations).toContain('statutoryCount');
    // A day listed twice is refused too ("every date once").
    const twice = {
      ...INVENTED_2027,
      version: 'test-3',
      breaks: [...INVENTED_2027.breaks, { festivals: [], off: ['2027-01-01'], workdays: [] }],
    };
    expect((await refusal(file('twice.json', twice))).code).toBe('CALENDAR_YEAR_INVALID');
    expect((await refusal(file('text.json', 'not json'))).message).toContain('not JSON');
    expect(await store.readStream('calendar')).toHaveLength(1); // nothing written
  });

  it('the npm script: a correction as a new version is recorded, and an API process reads it', () => {
    const corrected = { ...INVENTED_2027, version: 'test-4' };
    const run = (path: string) =>
      spawnSync('npm', ['run', '--silent', 'calendar:add', '--', path], {
        cwd: join(__dirname, '..', '..', '..'),
        env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: db.url, LOG_LEVEL: 'error' },
        encoding: 'utf8',
        timeout: 180_000,
      });
    const ok = run(file('2027-test-4.json', corrected));
    expect({ status: ok.status, stderr: ok.stderr }).toMatchObject({ status: 0 });
    expect(JSON.parse(ok.stdout.trim().split('\n').at(-1)!)).toMatchObject({
      recorded: true,
      year: { calendarVersion: 'cn-2027@test-4', replaces: 'cn-2027@test-1' },
    });
    const refused = run(file('text-2.json', '{'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('CALENDAR_YEAR_INVALID');
  }, 400_000);

  it('a process reading the stream afterwards calculates with the latest version', async () => {
    const service = new CalendarService(store);
    const calendar = await service.reload();
    expect(service.listing().find((y) => y.year === 2027)?.calendarVersion).toBe('cn-2027@test-4');
    expect(calendar.basis('2027-01-27', '2027-02-17').calendarVersion).toBe('cn-2027@test-4');
  });
});
