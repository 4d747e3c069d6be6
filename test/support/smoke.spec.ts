import { Client } from 'pg';
import { createTestDatabase } from './test-database';

describe('test database', () => {
  it('is a real PostgreSQL that each test file gets fresh', async () => {
    const db = await createTestDatabase();
    const c = new Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query<{ n: string }>(
      'SELECT count(*)::text AS n FROM pg_tables WHERE schemaname = $1',
      ['public'],
    );
    await c.end();
    await db.drop();
    expect(rows[0].n).toBe('0');
  });
});
